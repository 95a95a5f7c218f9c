"""Tests of desktop/ui/dashboard."""
