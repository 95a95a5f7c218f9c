"""Tests of desktop/ui/quiz."""
