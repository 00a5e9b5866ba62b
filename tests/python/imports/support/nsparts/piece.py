"""A module inside a folder that has no __init__.py: its parent is a namespace package."""
WORD = "piece of a namespace"
