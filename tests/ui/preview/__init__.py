"""Tests of desktop/ui/preview."""
