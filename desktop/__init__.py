"""Lantern: a desktop learning client with offline sync to Supabase."""

__version__ = "0.1.0"
