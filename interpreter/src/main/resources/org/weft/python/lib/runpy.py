"""Run Python modules and scripts found by module name or path, as `python -m` and
`python path` do, returning the namespace they ran in."""

import os
import sys
import types

import importlib.machinery
import importlib.util

__all__ = ['run_module', 'run_path']


class _TempModule:
    """sys.modules[name] is a fresh module while the code runs; the old entry comes back after."""

    def __init__(self, name):
        self.name = name
        self.module = types.ModuleType(name)
        self._saved = []

    def __enter__(self):
        name = self.name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *exc):
        if self._saved:
            sys.modules[self.name] = self._saved[0]
        else:
            sys.modules.pop(self.name, None)


class _ArgvZero:
    """sys.argv[0] is the file being run while it runs; the old value comes back after."""

    def __init__(self, value):
        self.value = value
        self._saved = None
        self._appended = False

    def __enter__(self):
        if self.value is not None:
            if sys.argv:
                self._saved = sys.argv[0]
                sys.argv[0] = self.value
            else:
                sys.argv.append(self.value)
                self._appended = True
        return self

    def __exit__(self, *exc):
        if self.value is None or not sys.argv:
            return
        if self._appended:
            del sys.argv[0]
        else:
            sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
               script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ArgvZero(fname):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    # The caller gets a copy: the temporary module's namespace may be cleared when it goes.
    return namespace.copy()


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            from warnings import warn
            warn(RuntimeWarning(
                f'{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but prior '
                f'to execution of {mod_name!r}; this may result in unpredictable behaviour'))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        message = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            message += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(message.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(('%s; %r is a package and cannot be directly executed' % (e, mod_name)))
    loader = spec.loader
    if loader is None:
        raise error('%r is a namespace package and cannot be executed' % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module found by import as mod_name (a package runs its __main__) in a fresh
    namespace, and return that namespace."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script at path_name (a directory runs its __main__.py) and return the
    namespace it ran in; __name__ is run_name, by default '<run_path>'."""
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        sys.path.insert(0, path_name)
        try:
            main_file = os.path.join(path_name, '__main__.py')
            if not os.path.isfile(main_file):
                raise ImportError(f"can't find '__main__' module in {path_name!r}")
            spec = importlib.util.spec_from_file_location('__main__', main_file)
            code = _read_code(main_file)
            with _TempModule(run_name) as temp, _ArgvZero(path_name):
                namespace = temp.module.__dict__
                _run_code(code, namespace, init_globals, run_name, spec, pkg_name)
            return namespace.copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code = _read_code(path_name)
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path_name)


def _read_code(path):
    import io
    with io.open_code(path) if hasattr(io, 'open_code') else open(path, 'rb') as f:
        source = f.read()
    return compile(source, path, 'exec')
