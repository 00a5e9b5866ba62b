"""Utilities for packages: list the modules on a path, walk packages, read package data,
resolve dotted names to objects."""

import collections
import importlib
import os
import sys

import _weft_imp
from importlib.machinery import FileFinder

__all__ = ['get_importer', 'iter_importers', 'walk_packages', 'iter_modules', 'get_data',
           'extend_path', 'ModuleInfo', 'resolve_name']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def _module_name(filename):
    """'x.py' -> 'x'; None for a file that is not a module."""
    for suffix in ('.py',):
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


def get_importer(path_item):
    """The finder for one sys.path entry."""
    path_item = os.fspath(path_item)
    if isinstance(path_item, bytes):
        path_item = path_item.decode(sys.getfilesystemencoding(), 'surrogateescape')
    cached = sys.path_importer_cache.get(path_item) if hasattr(sys, 'path_importer_cache') else None
    return cached if cached is not None else FileFinder(path_item)


def iter_importers(fullname=''):
    """The finders for fullname's parent package path, or for sys.path."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        package = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(package, '__path__', None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        yield get_importer(item)
    if '.' not in fullname:
        # Weft's own standard library ships inside the interpreter, not in a sys.path folder.
        yield FileFinder(_weft_imp.resource_root)


def _iter_resources(finder, prefix):
    for name, ispkg in _weft_imp.resource_modules(finder.path):
        yield prefix + name, ispkg


def _iter_directory(finder, prefix):
    if finder.path.startswith(_weft_imp.resource_root) and not os.path.isdir(finder.path):
        yield from _iter_resources(finder, prefix)
        return
    try:
        names = os.listdir(finder.path)
    except OSError:
        return
    names.sort()
    seen = set()
    for filename in names:
        name = _module_name(filename)
        if name == '__init__' or name in seen:
            continue
        full = os.path.join(finder.path, filename)
        ispkg = False
        if not name and os.path.isdir(full) and '.' not in filename:
            name = filename
            try:
                contents = os.listdir(full)
            except OSError:
                contents = []
            if '__init__.py' not in contents:
                continue
            ispkg = True
        if name and '.' not in name:
            seen.add(name)
            yield prefix + name, ispkg


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on path (a list of directories; sys.path when
    None), each name once, names prefixed with prefix."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = set()
    for finder in importers:
        if not isinstance(finder, FileFinder):
            continue
        for name, ispkg in _iter_directory(finder, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module on path, recursively: packages are imported to find their
    submodules. onerror(name) is called for a package that fails to import with ImportError
    (other exceptions propagate unless onerror is given)."""
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True
        return False

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                sub_path = getattr(sys.modules[info.name], '__path__', None) or []
                sub_path = [p for p in sub_path if not seen(p)]
                yield from walk_packages(sub_path, info.name + '.', onerror)


def extend_path(path, name):
    """A package's __path__ extended with the same-named directories further on sys.path
    (pkgutil-style namespace packages)."""
    if not isinstance(path, list):
        return path
    package_dir = os.path.join(*name.split('.'))
    path = path[:]
    for directory in sys.path:
        if not isinstance(directory, str) or not os.path.isdir(directory):
            continue
        candidate = os.path.join(directory, package_dir)
        if os.path.isdir(candidate) and candidate not in path:
            path.append(candidate)
    return path


def get_data(package, resource):
    """The bytes of a resource file inside package (a '/'-separated path relative to it)."""
    import importlib.util
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


_DOTTED_WORDS = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
_NAME_PATTERN = None


def resolve_name(name):
    """The object a name such as 'os.path:join' or 'os.path.join' refers to, importing what
    is needed. ValueError for a malformed name; ImportError or AttributeError when missing."""
    global _NAME_PATTERN
    import re
    if _NAME_PATTERN is None:
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{_DOTTED_WORDS})(?P<cln>:(?P<obj>{_DOTTED_WORDS})?)?$', re.UNICODE)
    match = _NAME_PATTERN.match(name)
    if not match:
        raise ValueError(f'invalid format: {name!r}')
    groups = match.groupdict()
    if groups.get('cln'):
        module = importlib.import_module(groups['pkg'])
        parts = groups.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        module = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                module = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = module
    for p in parts:
        result = getattr(result, p)
    return result
