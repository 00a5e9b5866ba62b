"""The body of sys.breakpointhook (CPython writes it in C, sysmodule.c): what breakpoint() runs.

$PYTHONBREAKPOINT, read at each call as CPython reads it: unset or empty runs pdb.set_trace();
"0" does nothing; "module.function" (or a builtin's bare name) imports and calls that instead,
with breakpoint()'s arguments; a name that cannot be imported warns and does nothing."""
import os


def hook(*args, **kws):
    name = os.environ.get("PYTHONBREAKPOINT", "")
    if name == "0":
        return None
    if not name:
        name = "pdb.set_trace"
    modname, dot, attr = name.rpartition(".")
    if not dot:
        modname = "builtins"
    try:
        module = __import__(modname, fromlist=[attr])
        target = getattr(module, attr)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % name, RuntimeWarning, stacklevel=2)
        return None
    return target(*args, **kws)


__weft_hidden_code__ = {hook.__code__}
