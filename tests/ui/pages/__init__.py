"""Tests of desktop/ui/pages."""
