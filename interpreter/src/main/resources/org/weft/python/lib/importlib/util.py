"""Utilities of the import system: find a module's spec, make and run a module from a spec or
a file location, resolve relative names.

Modules that Weft's importer loaded carry no __spec__ of their own; find_spec describes them
from their __file__ and __path__ instead of failing as CPython does for a missing spec.
"""

import sys
import types

import _weft_imp
from importlib import _resolve_name
from importlib.machinery import BuiltinImporter, ModuleSpec, SourceFileLoader

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of a module name that may be relative to package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Weft writes no bytecode cache: like CPython when sys.implementation.cache_tag is None."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def decode_source(source_bytes):
    """Source bytes to text, with the PEP 263 encoding and universal newlines."""
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _spec_of_loaded(module, name):
    spec = module.__dict__.get('__spec__', _POPULATE)
    if spec is not None and spec is not _POPULATE:
        return spec
    # Weft's importer leaves __spec__ None: describe the module from what it did set.
    file = getattr(module, '__file__', None)
    if file is None:
        if _weft_imp.is_builtin(name):
            return ModuleSpec(name, BuiltinImporter, origin='built-in')
        raise ValueError(f'{name}.__spec__ is None' if spec is None else f'{name}.__spec__ is not set')
    path = getattr(module, '__path__', None)
    loader = SourceFileLoader(name, file, None if _is_file(file) else (_weft_imp.find_source(name) or (None, None))[1])
    return spec_from_file_location(name, file, loader=loader,
                                   submodule_search_locations=list(path) if path is not None else None)


def _find_spec(fullname):
    if _weft_imp.is_builtin(fullname):
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    found = _weft_imp.find_source(fullname)
    if found is None:
        return None
    file, source, package_dir = found
    loader = SourceFileLoader(fullname, file, None if _is_file(file) else source)
    return spec_from_file_location(fullname, file, loader=loader,
                                   submodule_search_locations=[package_dir] if package_dir else None)


def _is_file(path):
    import os
    return os.path.isfile(path)


def find_spec(name, package=None):
    """The spec of the named module (imported parents included), or None when it cannot be
    found. For a module already in sys.modules, its spec."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname)
    parent = fullname.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__path__'])
        try:
            parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from e
    return _find_spec(fullname)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module in the file at location; None when no loader fits the file."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def module_from_spec(spec):
    """A new module object for spec, with the attributes the spec implies; not yet executed."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    def set_if_missing(attr, value):
        if getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    set_if_missing('__name__', spec.name)
    set_if_missing('__loader__', spec.loader)
    set_if_missing('__package__', spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        set_if_missing('__path__', spec.submodule_search_locations)
    if spec.has_location:
        set_if_missing('__file__', spec.origin)
        set_if_missing('__cached__', spec.cached)
