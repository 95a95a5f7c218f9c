"""Tests of desktop/ui/lesson."""
