#!/usr/bin/env python3
"""Write CPython 3.11's docstrings and text signatures of built-in methods and functions that
Weft defines without them: interpreter/src/main/resources/org/weft/python/builtin_docs.txt.

Each entry is a line "key" (type.method or module.function), a line with the text signature
(empty when there is none), then the docstring, and a form feed line ending it. Weft reads an
entry when a built-in's __doc__ or __text_signature__ is asked for and it has none of its own.

Usage (with CPython 3.11): python3 interpreter/tools/builtin_docs.py
"""
import math
import cmath
import os
import sys

TYPES = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, bool, range,
         object, type, slice, memoryview)
MODULES = (math, cmath)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "org",
                   "weft", "python", "builtin_docs.txt")


def entries():
    for t in TYPES:
        for name, v in sorted(vars(t).items()):
            doc = getattr(v, "__doc__", None)
            if name == "__doc__" or not isinstance(doc, str):
                continue
            yield f"{t.__name__}.{name}", getattr(v, "__text_signature__", None), doc
    for m in MODULES:
        for name, v in sorted(vars(m).items()):
            if callable(v) and not name.startswith("_") and isinstance(getattr(v, "__doc__", None), str):
                yield f"{m.__name__}.{name}", getattr(v, "__text_signature__", None), v.__doc__


def main():
    assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for key, sig, doc in entries():
            assert "\f" not in doc
            f.write(f"{key}\n{sig or ''}\n{doc}\n\f\n")


if __name__ == "__main__":
    main()
