"""Tests of desktop/account: session, vault, settings, HTTP client."""
