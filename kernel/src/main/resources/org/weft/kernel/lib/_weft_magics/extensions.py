"""%load_ext, %reload_ext and %unload_ext: IPython extensions, as IPython 8 loads them
(IPython/core/extensions.py): an extension is a module with load_ipython_extension(ipython)."""

import importlib
import sys

from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython

# Extensions loaded into this kernel, by module name. Only the execution thread runs magics,
# so plain set operations are enough.
_loaded = set()


def _module_name(line):
    name = line.strip()
    if not name:
        raise UsageError("Missing module name.")
    return name


def line_load_ext(line):
    """Load an IPython extension by its module name."""
    name = _module_name(line)
    if name in _loaded:
        print("The %s extension is already loaded. To reload it, use:\n  %%reload_ext %s" % (name, name))
        return
    module = importlib.import_module(name)
    load = getattr(module, "load_ipython_extension", None)
    if load is None:
        print("The %s module is not an IPython extension." % name)
        return
    load(get_ipython())
    _loaded.add(name)


def line_unload_ext(line):
    """Unload an IPython extension by its module name (it needs unload_ipython_extension)."""
    name = _module_name(line)
    if name not in _loaded:
        print("The %s extension is not loaded." % name)
        return
    unload = getattr(sys.modules.get(name), "unload_ipython_extension", None)
    if unload is None:
        print("The %s extension doesn't define how to unload it." % name)
        return
    unload(get_ipython())
    _loaded.discard(name)


def line_reload_ext(line):
    """Reload an IPython extension by its module name."""
    name = _module_name(line)
    if name in _loaded:
        unload = getattr(sys.modules.get(name), "unload_ipython_extension", None)
        if unload is not None:
            unload(get_ipython())
        _loaded.discard(name)
    if name in sys.modules:
        importlib.reload(sys.modules[name])
    line_load_ext(name)
