"""Code objects for __weft_hidden_code__: a module that CPython implements in C (datetime,
decimal, io, ...) lists its functions' and methods' code there so tracebacks show no frames of it
(runtime/PyTraceback.isHidden)."""


def module_code(g, *names):
    """The code, written in the module of globals g, of its functions and of its classes' methods
    (those named, if names are given). The file decides, not __module__: some classes here say
    they belong to the C module CPython has (io's to _io)."""
    filename = g['__file__']
    out = set()
    for v in ([g[n] for n in names] if names else list(g.values())):
        for f in (vars(v).values() if isinstance(v, type) else (v,)):
            _add(out, f, filename)
    return out


def _add(out, f, filename):
    if isinstance(f, property):
        for acc in (f.fget, f.fset, f.fdel):
            _add(out, acc, filename)
        return
    f = getattr(f, '__func__', f)  # classmethod, staticmethod
    code = getattr(f, '__code__', None)
    if code is not None and code.co_filename == filename:
        out.add(code)
