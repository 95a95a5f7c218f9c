"""The small pages: notifications, pending changes, settings."""
