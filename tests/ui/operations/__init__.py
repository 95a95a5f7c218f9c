"""Tests of desktop/ui/operations."""
