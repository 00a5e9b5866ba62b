"""The importer's parts as objects: module specs, the source and built-in loaders, and finders.

Weft's import system is in Java and does not use these to import; they describe what it does
(find X.py or X/__init__.py on sys.path, or a module shipped with the interpreter) so that
importlib.util, runpy and pkgutil can find and run modules the way programs expect.
"""

import os
import sys

import _weft_imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module may have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def cached(self):
        # Weft compiles no bytecode files (sys.implementation.cache_tag is None).
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finder and loader of the modules built into the interpreter (written in Java)."""

    _ORIGIN = 'built-in'

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _weft_imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if not _weft_imp.is_builtin(spec.name):
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        # The engine makes (or returns) the one module object for the name.
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class SourceFileLoader:
    """Loads a module from Python source: a file, or a module shipped with the interpreter
    (whose source the engine hands over, as there is no file to read)."""

    def __init__(self, fullname, path, source=None):
        self.name = fullname
        self.path = path
        self._source = source

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__name__} object at {id(self):#x}>'

    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name and self.path == other.path

    def __hash__(self):
        return hash((self.name, self.path))

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        if self._source is not None and path == self.path:
            return self._source.encode('utf-8')
        with open(path, 'rb') as f:
            return f.read()

    def path_stats(self, path):
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        self._check_name(fullname)
        if self._source is not None:
            return self._source
        from importlib.util import decode_source
        try:
            return decode_source(self.get_data(self.path))
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        return self.source_to_code(self.get_source(fullname), self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        from importlib.util import module_from_spec, spec_from_loader
        spec = spec_from_loader(fullname, self, origin=self.path)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


SourceLoader = SourceFileLoader


class FileFinder:
    """Finds modules in one directory (the finder pkgutil.iter_modules reports)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        from importlib.util import spec_from_file_location
        tail = fullname.rpartition('.')[2]
        package_init = os.path.join(self.path, tail, '__init__.py')
        if os.path.isfile(package_init):
            return spec_from_file_location(fullname, package_init,
                                           submodule_search_locations=[os.path.join(self.path, tail)])
        module = os.path.join(self.path, tail + '.py')
        if os.path.isfile(module):
            return spec_from_file_location(fullname, module)
        return None


class PathFinder:
    """Finds modules on sys.path or a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        for entry in (sys.path if path is None else path):
            if isinstance(entry, str):
                spec = FileFinder(entry).find_spec(fullname)
                if spec is not None:
                    return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass
