"""Operator interface (the C half of CPython's operator module).

Weft: operator is written in Python and is complete by itself; this module gives the same
functions under the name that code importing _operator directly expects, with _compare_digest.
"""
from operator import *
from operator import __all__
from secrets import compare_digest as _compare_digest

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
