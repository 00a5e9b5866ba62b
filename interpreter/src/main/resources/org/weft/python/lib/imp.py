"""imp: the import machinery's old interface, deprecated since Python 3.4 in favour of
importlib (written for Weft, as shims over importlib).

find_module looks on the path for a package directory or a source file; a module that lives
in Weft's own library (not in a file) is found too, and given as a read-only text stream of its
source named by its library path. Weft has no C extensions and keeps no bytecode files, so
load_compiled and load_dynamic raise ImportError.
"""
import importlib
import importlib.util
import io
import os
import sys
import threading
import tokenize
import types
import warnings

warnings.warn("the imp module is deprecated in favour of importlib and slated for removal in "
              "Python 3.12; see the module's documentation for alternative uses",
              DeprecationWarning, stacklevel=2)

from importlib import reload
from importlib.util import cache_from_source, source_from_cache

SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9

_ERR_MSG = 'No module named {!r}'

# CPython 3.11's magic number: what a .pyc of this language version starts with
_MAGIC = b'\xa7\r\r\n'


def new_module(name):
    """**DEPRECATED**

    Create a new module.

    The module is not entered into sys.modules.

    """
    return types.ModuleType(name)


def get_magic():
    """**DEPRECATED**

    Return the magic number for .pyc files.
    """
    return _MAGIC


def get_tag():
    """Return the magic tag for .pyc files."""
    return sys.implementation.cache_tag


def get_suffixes():
    """**DEPRECATED**"""
    import importlib.machinery as machinery
    extensions = [(s, 'rb', C_EXTENSION) for s in getattr(machinery, 'EXTENSION_SUFFIXES', [])]
    source = [(s, 'r', PY_SOURCE) for s in machinery.SOURCE_SUFFIXES]
    bytecode = [(s, 'rb', PY_COMPILED) for s in getattr(machinery, 'BYTECODE_SUFFIXES', [])]
    return extensions + source + bytecode


class NullImporter:
    """**DEPRECATED**

    Null import object.

    """

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        elif os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        """Always returns None."""
        return None


# the global import lock of old: Weft locks each module's import on its own, so this lock
# only serialises the callers that take it
_lock = threading.RLock()
_lock_depth = [0]


def lock_held():
    """Return True if the import lock is currently held, else False."""
    return _lock_depth[0] > 0


def acquire_lock():
    """Acquires the interpreter's import lock for the current thread."""
    _lock.acquire()
    _lock_depth[0] += 1


def release_lock():
    """Release the interpreter's import lock."""
    try:
        _lock.release()
    except RuntimeError:
        raise RuntimeError('not holding the import lock') from None
    _lock_depth[0] -= 1


def is_builtin(name):
    """1 for a built-in module, -1 for one that cannot be initialised again, 0 otherwise."""
    if name in ('sys', 'builtins'):
        return -1
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    raise ImportError('No such frozen object named {!r}'.format(name), name=name)


def get_frozen_object(name, data=None):
    raise ImportError('No such frozen object named {!r}'.format(name), name=name)


def init_frozen(name):
    return None


def init_builtin(name):
    """**DEPRECATED**

    Load and return a built-in module by name, or None is such module doesn't
    exist
    """
    if not is_builtin(name):
        return None
    return importlib.import_module(name)


def _source_of(name, pathname, file):
    if file is not None:
        return file.read()
    with tokenize.open(pathname) as f:
        return f.read()


def _exec_source(name, pathname, source, package_path=None):
    """Run source as module name, reusing the module already in sys.modules (as a reload does)."""
    module = sys.modules.get(name)
    fresh = module is None
    if fresh:
        module = types.ModuleType(name)
    module.__file__ = pathname
    module.__spec__ = importlib.util.spec_from_file_location(
        name, pathname, submodule_search_locations=package_path)
    module.__loader__ = module.__spec__.loader if module.__spec__ else None
    if package_path is not None:
        module.__path__ = package_path
        module.__package__ = name
    else:
        module.__package__ = name.rpartition('.')[0]
    sys.modules[name] = module
    try:
        exec(compile(source, pathname, 'exec'), module.__dict__)
    except BaseException:
        if fresh:
            sys.modules.pop(name, None)
        raise
    return sys.modules[name]


def load_source(name, pathname, file=None):
    return _exec_source(name, pathname, _source_of(name, pathname, file))


def load_compiled(name, pathname, file=None):
    """**DEPRECATED**"""
    raise ImportError('Weft does not load bytecode files', name=name, path=pathname)


def load_dynamic(name, path, file=None):
    """**DEPRECATED**

    Load an extension module.
    """
    raise ImportError('Weft has no extension modules', name=name, path=path)


def load_package(name, path):
    """**DEPRECATED**"""
    if os.path.isdir(path):
        init = os.path.join(path, '__init__.py')
        return _exec_source(name, init, _source_of(name, init, None), [path])
    return _exec_source(name, path, _source_of(name, path, None), [os.path.dirname(path)])


def load_module(name, file, filename, details):
    """**DEPRECATED**

    Load a module, given information returned by find_module().

    The module name must include the full package name, if any.

    """
    suffix, mode, type_ = details
    if mode and (not mode.startswith('r') or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    elif file is None and type_ in {PY_SOURCE, PY_COMPILED}:
        msg = 'file object required for import (type code {})'.format(type_)
        raise ValueError(msg)
    elif type_ == PY_SOURCE:
        return load_source(name, filename, file)
    elif type_ == PY_COMPILED:
        return load_compiled(name, filename, file)
    elif type_ == C_EXTENSION:
        return load_dynamic(name, filename, file)
    elif type_ == PKG_DIRECTORY:
        return load_package(name, filename)
    elif type_ == C_BUILTIN:
        return init_builtin(name)
    elif type_ == PY_FROZEN:
        return init_frozen(name)
    else:
        msg = "Don't know how to import {} (type code {})".format(name, type_)
        raise ImportError(msg, name=name)


def find_module(name, path=None):
    """**DEPRECATED**

    Search for a module.

    If path is omitted or None, search for a built-in, frozen or special
    module and continue search in sys.path. The module name cannot
    contain '.'; to search for a submodule of a package, pass the
    submodule name and the package's __path__.

    """
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    elif not isinstance(path, (type(None), list)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    if path is None:
        if is_builtin(name):
            return None, None, ('', '', C_BUILTIN)
        path = sys.path
    for entry in path:
        if not isinstance(entry, str):
            continue
        package_directory = os.path.join(entry, name)
        if os.path.isfile(os.path.join(package_directory, '__init__.py')):
            return None, package_directory, ('', '', PKG_DIRECTORY)
        for suffix, mode, type_ in get_suffixes():
            file_path = os.path.join(entry, name + suffix)
            if os.path.isfile(file_path):
                if 'b' in mode:
                    return open(file_path, mode), file_path, (suffix, mode, type_)
                with open(file_path, 'rb') as f:
                    encoding = tokenize.detect_encoding(f.readline)[0]
                return open(file_path, mode, encoding=encoding), file_path, (suffix, mode, type_)
    return _find_in_library(name)


def _find_in_library(name):
    """A module of Weft's own library, which lives in the interpreter rather than in a file."""
    try:
        spec = importlib.util.find_spec(name) if '.' not in name else None
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None or not hasattr(spec.loader, 'get_source'):
        raise ImportError(_ERR_MSG.format(name), name=name)
    if spec.submodule_search_locations is not None:
        return None, os.path.dirname(spec.origin), ('', '', PKG_DIRECTORY)
    stream = io.StringIO(spec.loader.get_source(name))
    stream.name = spec.origin
    stream.mode = 'r'
    return stream, spec.origin, ('.py', 'r', PY_SOURCE)
