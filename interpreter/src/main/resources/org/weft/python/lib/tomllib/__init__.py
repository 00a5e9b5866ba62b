"""Parse TOML 1.0.0 documents (https://toml.io/en/v1.0.0) into Python values.

Python 3.11's read-only TOML module: ``loads(s)`` and ``load(binary_file)`` return a dict; tables
become dicts, arrays lists, date-times datetime/date/time objects. Invalid documents raise
``TOMLDecodeError`` (a ValueError) naming the line and column.
"""
from ._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")
