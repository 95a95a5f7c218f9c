"""Tests of desktop/ui/widgets."""
