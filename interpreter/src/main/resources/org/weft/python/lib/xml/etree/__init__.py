"""ElementTree: a light-weight XML object model (package marker)."""
