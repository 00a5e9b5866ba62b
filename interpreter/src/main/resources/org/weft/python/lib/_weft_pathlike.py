"""os.PathLike, an abstract base class as in CPython's os module (written for Weft): any class
with __fspath__ counts as a subclass, so isinstance(pathlib.Path(...), os.PathLike) holds
without registration. The os module, built into the interpreter, takes it from here."""
from abc import ABC, abstractmethod
from _collections_abc import _check_methods


class PathLike(ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


PathLike.__module__ = 'os'
