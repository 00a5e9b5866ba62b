"""The concurrent package: concurrent.futures (Weft's own implementation)."""
