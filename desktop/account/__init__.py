"""Who is signed in where: session, token vault, server settings, HTTP client."""
