"""Tests of desktop/ui/catalogue."""
