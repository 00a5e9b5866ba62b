"""Read data files that ship inside packages: files(package) gives a Traversable (a
pathlib.Path for a package on disk), plus the older functions read_text, open_binary, path,
contents and friends (deprecated since 3.11, still there).

Weft's own standard library is not on disk (it ships inside the interpreter): files() of one
of its packages raises FileNotFoundError rather than pretending.
"""

import contextlib
import os
import pathlib
import sys
import types
import warnings

from importlib.resources.abc import ResourceReader

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files', 'is_resource',
           'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = types.ModuleType
Resource = str


def _package(anchor):
    """The package module that anchor (a module or its name) names; TypeError for a module
    that is not a package."""
    import importlib
    module = importlib.import_module(anchor) if isinstance(anchor, str) else anchor
    spec = getattr(module, '__spec__', None)
    is_package = (getattr(module, '__path__', None) is not None
                  or (spec is not None and spec.submodule_search_locations is not None))
    if not is_package:
        raise TypeError(f'{anchor!r} is not a package')
    return module


def files(package):
    """The Traversable holding package's resource files."""
    module = _package(package)
    locations = list(getattr(module, '__path__', None) or [])
    for location in locations:
        if os.path.isdir(location):
            return pathlib.Path(location)
    raise FileNotFoundError(f'the resources of {module.__name__!r} are not in a directory '
                            f'(it ships inside the interpreter)')


@contextlib.contextmanager
def as_file(traversable):
    """A context manager giving a real file system path for traversable."""
    yield pathlib.Path(traversable)


def _deprecated(name):
    warnings.warn(f'{name} is deprecated. Use files() instead. Refer to '
                  'https://importlib-resources.readthedocs.io/en/latest/using.html'
                  '#migrating-from-legacy for migration advice.', DeprecationWarning, stacklevel=3)


def _resource(package, resource):
    name = os.fspath(resource)
    parent, file_name = os.path.split(name)
    if parent:
        raise ValueError(f'{resource!r} must be only a file name')
    return files(package) / file_name


def open_binary(package, resource):
    _deprecated('open_binary')
    return _resource(package, resource).open('rb')


def read_binary(package, resource):
    _deprecated('read_binary')
    return _resource(package, resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('open_text')
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('read_text')
    with _resource(package, resource).open('r', encoding=encoding, errors=errors) as f:
        return f.read()


def contents(package):
    _deprecated('contents')
    return [entry.name for entry in files(package).iterdir()]


def is_resource(package, name):
    _deprecated('is_resource')
    return _resource(package, name).is_file()


def path(package, resource):
    _deprecated('path')
    return as_file(_resource(package, resource))
