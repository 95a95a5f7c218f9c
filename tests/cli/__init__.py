"""Tests of the ``lantern`` command line (desktop/cli)."""
