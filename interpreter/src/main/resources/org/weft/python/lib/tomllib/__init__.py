"""Parse TOML 1.0 documents (Python 3.11's tomllib): loads, load and TOMLDecodeError."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# Errors show as tomllib.TOMLDecodeError, as CPython's do
TOMLDecodeError.__module__ = __name__
