"""Publishing a course package to the server (``lantern publish``)."""
