"""Operator interface (the C half of CPython's operator module).

Weft: operator is written in Python and is complete by itself; this module gives the same
functions under the name that code importing _operator directly expects, with _compare_digest.
"""
from operator import *
from operator import __all__
from secrets import compare_digest as _compare_digest
