"""Code objects for __weft_hidden_code__: a module that CPython implements in C (datetime,
decimal, ...) lists its functions' and methods' code there so tracebacks show no frames of it
(runtime/PyTraceback.isHidden)."""


def module_code(g, *names):
    """The code of the functions and the methods of the classes that module globals g defines;
    with names, only those globals."""
    module = g['__name__']
    out = set()
    for v in ([g[n] for n in names] if names else list(g.values())):
        if getattr(v, '__module__', None) != module:
            continue
        for f in (vars(v).values() if isinstance(v, type) else (v,)):
            _add(out, f)
    return out


def _add(out, f):
    if isinstance(f, property):
        for acc in (f.fget, f.fset, f.fdel):
            _add(out, acc)
        return
    f = getattr(f, '__func__', f)  # classmethod, staticmethod
    code = getattr(f, '__code__', None)
    if code is not None:
        out.add(code)
