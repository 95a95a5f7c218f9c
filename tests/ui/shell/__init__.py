"""Tests of desktop/ui/shell."""
