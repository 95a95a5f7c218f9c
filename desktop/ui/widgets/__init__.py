"""Small widgets and models the pages share."""
