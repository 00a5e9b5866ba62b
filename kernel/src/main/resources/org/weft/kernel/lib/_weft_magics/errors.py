"""%xmode: how exceptions are reported (IPython 8's Plain, Context, Verbose and Minimal modes)."""

import warnings

import _weft_traceback


def line_xmode(line):
    """Switch modes for the exception handlers.

    Valid modes: Plain, Context, Verbose, and Minimal.

    If called without arguments, acts as a toggle.
    """
    try:
        mode = _weft_traceback.set_mode(line.strip())
    except ValueError as e:
        warnings.warn("Error changing user exception modes.\n%s" % e, UserWarning, stacklevel=2)
        return
    print("Exception reporting mode:", mode)
