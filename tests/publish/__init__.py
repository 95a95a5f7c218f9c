"""Tests of desktop/publish: a course package onto the server."""
