"""Abstract base classes of the import system: finders and loaders, for code that defines its
own or checks what it has been given.

Weft's importer is written in Java and does not consult sys.meta_path or sys.path_hooks, so
a finder defined with these classes is not called by the import statement; a loader can still
be used through importlib.util (spec_from_loader, module_from_spec, exec_module).
"""

import abc

from importlib import machinery
from importlib.resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader',
           'ResourceReader', 'Traversable', 'TraversableResources']


class Finder(metaclass=abc.ABCMeta):
    """Legacy abstract finder (deprecated since 3.3)."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        """Clear any cache the finder keeps."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry."""

    def invalidate_caches(self):
        """Clear any cache the finder keeps."""


class Loader(metaclass=abc.ABCMeta):
    """Creates and executes modules."""

    def create_module(self, spec):
        """The module to execute, or None for the default module object."""
        return None

    def load_module(self, fullname):
        """The legacy way to load: not implemented by default."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib.util import module_from_spec, spec_from_loader
        import sys
        spec = spec_from_loader(fullname, self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def module_repr(self, module):
        raise NotImplementedError


class ResourceLoader(Loader):
    """A loader that can read data files by path."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that also knows the file a module comes from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(ResourceLoader, ExecutionLoader):
    """A loader for a module in a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader built on get_data and get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write bytecode: Weft keeps none."""

    def get_source(self, fullname):
        from importlib.util import decode_source
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(data)


MetaPathFinder.register(machinery.BuiltinImporter)
MetaPathFinder.register(machinery.PathFinder)
PathEntryFinder.register(machinery.FileFinder)
for _loader in (machinery.BuiltinImporter, machinery.SourceFileLoader):
    InspectLoader.register(_loader)
ExecutionLoader.register(machinery.SourceFileLoader)
ResourceLoader.register(machinery.SourceFileLoader)
del _loader
