"""The abstract classes of importlib.resources: what a Traversable (a directory or file of
resources) and a resource reader provide."""

import abc

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """The older reader protocol: a loader's resources by name."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class Traversable(metaclass=abc.ABCMeta):
    """A file or directory of resources, with the parts of pathlib.Path that reading needs."""

    @abc.abstractmethod
    def iterdir(self):
        """The children of this directory."""

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The Traversable at the path made of descendants below this one."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Open this file, in text mode ('r') or binary ('rb')."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name of this object, without any parent references."""


class TraversableResources(ResourceReader):
    """A ResourceReader built on files()."""

    @abc.abstractmethod
    def files(self):
        """A Traversable for the package's resources."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
