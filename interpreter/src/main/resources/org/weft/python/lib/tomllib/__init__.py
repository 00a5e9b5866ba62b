"""tomllib: parse TOML 1.0 documents (PEP 680), as CPython 3.11's.

Thread safety: a parse keeps all its state in its own parser object; nothing is shared.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# CPython shows the error as tomllib.TOMLDecodeError
TOMLDecodeError.__module__ = __name__
