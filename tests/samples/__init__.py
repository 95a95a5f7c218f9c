"""Sample content for screenshots and tests; not shipped with the app."""
