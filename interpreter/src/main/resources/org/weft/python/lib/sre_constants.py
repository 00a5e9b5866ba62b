"""sre_constants: deprecated since Python 3.11; the regular expression engine's constants (written
for Weft: its opcodes, flags, MAXREPEAT, MAXGROUPS and error, as CPython's re._constants)."""
import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from _weft_sre_constants import *
from _weft_sre_constants import _NamedIntConstant, _makecodes
