"""MIME message classes."""
