"""Search inside the lessons downloaded to this computer."""
