"""Tests of desktop/ui/course."""
