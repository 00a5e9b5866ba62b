"""The parts of importlib that programs call: import_module, reload, invalidate_caches.

Weft's importer is written in Java (org.weft.python.imports.Importer); this module is a thin
front for it through __import__ and sys.modules.
"""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    """The absolute name of a relative import: CPython importlib._bootstrap._resolve_name."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Execute the module's source again, in the same module object, and return it."""
    # CPython: importlib.reload takes the name from the spec, else __name__, else refuses
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    del sys.modules[name]
    try:
        fresh = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    # The old object stays the module everyone holds; it takes the fresh namespace.
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module


def invalidate_caches():
    """Weft's importer keeps no finder caches: nothing to clear."""


def __getattr__(name):
    # CPython's startup (site) has already imported importlib.util, so programs use
    # importlib.util after a bare "import importlib"; here it loads on first use.
    if name == "util":
        import importlib.util
        return importlib.util
    raise AttributeError(f"module 'importlib' has no attribute '{name}'")
