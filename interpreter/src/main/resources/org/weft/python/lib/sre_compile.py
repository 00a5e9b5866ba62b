"""sre_compile: deprecated since Python 3.11 (written for Weft). compile() makes a pattern with
re.compile, as Weft's re has its own engine; the constants are sre_constants'."""
import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from _weft_sre_constants import *
from _weft_sre_constants import _NamedIntConstant

MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """A compiled pattern for p (a pattern string)."""
    import re
    return re.compile(p, flags)
