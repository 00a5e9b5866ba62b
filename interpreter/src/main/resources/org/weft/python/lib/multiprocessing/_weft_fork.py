"""The memory a child "process" sees in Weft: a copy of __main__, as fork() would give it.

Weft's processes are threads (see multiprocessing.process), so without this a child would
change its parent's globals, which CPython's never can: tutorials show exactly that (a global
list filled in a Process is still empty in the parent afterwards). A ForkedMain copies the
__main__ namespace when the process starts (when the pool forks its workers, for a pool): the
functions of __main__ are re-made over the copy, so a `global` statement in the child writes
the copy; data is deep-copied; what is meant to be shared across processes (multiprocessing's
queues, values, locks and managers' objects, threading's primitives, modules, classes, open
files: anything that cannot be copied) stays shared. The child's arguments are copied too, as
CPython pickles them or copies them with the forked memory.

Not copied, and so still shared with the parent: the state of other modules, and the globals
that methods of __main__'s classes read (a class is one object in both).
"""

import copy
import functools
import sys
import types

__all__ = ['ForkedMain', 'share', 'unshare']

# What a Manager made (a plain dict or list here), by id: shared by every process, as CPython's
# proxies all reach the one object in the manager's server. Item writes and pops are atomic.
_managed = {}


def share(obj):
    """Marks obj as shared between processes (never copied into a child); returns it."""
    _managed[id(obj)] = obj
    return obj


def unshare(obj):
    """Forgets share(obj) (its manager has shut down)."""
    _managed.pop(id(obj), None)

# Objects of these modules' types are the means of sharing between processes: never copied.
_SHARED_MODULES = frozenset({'multiprocessing', 'threading', '_thread', 'queue', 'concurrent',
                             'asyncio', 'io', '_io', 'socket', 'select', 'weakref', '_weakref'})


# BaseProcess's own attributes: the child's copy keeps the parent's (its thread, its exit code).
_PROCESS_INTERNALS = frozenset({'_identity', '_parent_name', '_target', '_args', '_kwargs', '_name',
                                '_daemonic', '_thread', '_popen', '_exitcode', '_killed_by', '_closed',
                                '_forked', '_config', '_interruptible'})


# Immutable leaves: the child may use the parent's object itself.
_ATOMIC = frozenset({int, float, complex, str, bytes, bool, type(None), range, type(Ellipsis),
                     type(NotImplemented), types.FunctionType, types.BuiltinFunctionType})


_CONTAINERS = frozenset({list, dict, tuple, set, frozenset})


def _all_atomic(container):
    """True when every item (every key and value of a dict) is an immutable leaf; map and set
    run without a Python call per item."""
    if type(container) is dict:
        return set(map(type, container.keys())) <= _ATOMIC and \
            set(map(type, container.values())) <= _ATOMIC
    return set(map(type, container)) <= _ATOMIC


def _plain_instance(cls):
    """An instance of a class (not a built-in) that copies as its __dict__, with no copy or
    pickle hooks of its own and no __slots__."""
    if cls.__module__ == 'builtins' or '__slots__' in cls.__dict__:
        return False
    for hook in ('__deepcopy__', '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__',
                 '__getnewargs__', '__getnewargs_ex__'):
        if getattr(cls, hook, None) is not getattr(object, hook, None):
            return False
    return cls.__new__ is object.__new__ and hasattr(cls, '__dict__') and \
        '__dict__' in dir(cls)


def _is_shared(value):
    if id(value) in _managed:
        return True
    if isinstance(value, (types.ModuleType, type)):
        return True
    module = getattr(type(value), '__module__', None) or ''
    return module.split('.')[0] in _SHARED_MODULES


class ForkedMain:
    """A copy of __main__'s namespace made now, and the way to run a call inside it."""

    def __init__(self):
        main = sys.modules.get('__main__')
        self._source = main.__dict__ if main is not None else None
        self._namespace = {}
        # id -> replacement, seeded for every deep copy: __main__'s functions re-made over the
        # copy, shared objects as themselves, the namespace as its copy.
        self._seed = {}
        if self._source is None:
            return
        items = list(self._source.items())
        self._seed[id(self._source)] = self._namespace
        for value in list(_managed.values()):
            self._seed[id(value)] = value
        for _, value in items:
            if isinstance(value, types.FunctionType) and value.__globals__ is self._source:
                self._seed[id(value)] = self._remake(value)
            elif _is_shared(value):
                self._seed[id(value)] = value
        memo = dict(self._seed)
        for name, value in items:
            self._namespace[name] = self._copy(value, memo)

    def _remake(self, func):
        clone = types.FunctionType(func.__code__, self._namespace, func.__name__, func.__defaults__,
                                   func.__closure__)
        clone.__kwdefaults__ = func.__kwdefaults__
        clone.__qualname__ = func.__qualname__
        clone.__module__ = func.__module__
        clone.__doc__ = func.__doc__
        clone.__dict__.update(func.__dict__)
        return clone

    @staticmethod
    def _copy(value, memo):
        """A deep copy of value in which every shared object (at any depth) stays itself.
        Containers and plain instances are walked here, so that an object holding a queue is
        copied around it; anything else is copy.deepcopy's, or shared when it cannot be copied."""
        replacement = memo.get(id(value), memo)
        if replacement is not memo:
            return replacement
        if _is_shared(value):
            return value
        cls = type(value)
        if cls in _ATOMIC:
            return value
        walk = ForkedMain._copy
        if cls in _CONTAINERS and _all_atomic(value):
            # The common big case (a list of numbers, a dict of str): copied at C speed, as
            # fork copies pages, with no Python call per item.
            if cls is tuple or cls is frozenset:
                return value
            result = memo[id(value)] = value.copy()
            return result
        if cls is list:
            result = memo[id(value)] = []
            result.extend(walk(item, memo) for item in list(value))
            return result
        if cls is dict:
            result = memo[id(value)] = {}
            for key, item in list(value.items()):
                result[walk(key, memo)] = walk(item, memo)
            return result
        if cls in (tuple, set, frozenset):
            items = [walk(item, memo) for item in value]
            if cls is tuple and all(a is b for a, b in zip(items, value)):
                return value
            result = memo[id(value)] = cls(items)
            return result
        plain = memo.get((_plain_instance, cls))
        if plain is None:
            # Asked once per class and copy (the memo outlives no copy).
            plain = memo[(_plain_instance, cls)] = _plain_instance(cls)
        if plain:
            result = memo[id(value)] = object.__new__(cls)
            for key, item in list(vars(value).items()):
                vars(result)[key] = walk(item, memo)
            return result
        try:
            return copy.deepcopy(value, memo)
        except Exception:
            # Cannot be copied (a lock inside, a generator, an open file): the child shares it.
            return value

    def adopt(self, value):
        """value as the child sees it: a function of __main__ (or a method, or a partial of
        one) re-made over the copy; anything else copied, or shared when it cannot be."""
        memo = dict(self._seed)
        return self._adopt(value, memo)

    def _adopt(self, value, memo):
        if isinstance(value, types.FunctionType):
            if self._source is not None and value.__globals__ is self._source:
                return memo.get(id(value)) or self._remake(value)
            return value
        if isinstance(value, types.MethodType):
            return types.MethodType(self._adopt(value.__func__, memo), self._copy(value.__self__, memo))
        if type(value) is functools.partial:
            return functools.partial(self._adopt(value.func, memo),
                                     *[self._copy(a, memo) for a in value.args],
                                     **{k: self._copy(v, memo) for k, v in value.keywords.items()})
        return self._copy(value, memo)

    def call(self, func, args=(), kwargs=None):
        """func(*args, **kwargs) run as in the child: all of them adopted first."""
        func, args, kwargs = self._received(func, args, kwargs)
        return func(*args, **kwargs)

    def _received(self, func, args, kwargs):
        memo = dict(self._seed)
        return (self._adopt(func, memo), [self._copy(a, memo) for a in args],
                {k: self._copy(v, memo) for k, v in (kwargs or {}).items()})

    def receive(self, func, args=(), kwargs=None, sent=None):
        """(func, args, kwargs) as a pool's worker receives them: CPython pickles the function
        (or sent, the user's function that func carries), so a lambda or a local function fails
        with pickle's error, as there; then adopted."""
        if sent is None:
            sent = func.func if type(func) is functools.partial else func
        if isinstance(sent, types.FunctionType):
            import pickle
            pickle.dumps(sent)
        return self._received(func, args, kwargs)

    def call_sent(self, func, args=(), kwargs=None):
        """call() of a function a pool sent to its worker (see receive())."""
        func, args, kwargs = self.receive(func, args, kwargs)
        return func(*args, **kwargs)

    def run_process(self, process, base_run):
        """process.run() as in the child: on a copy of the process object, whose attributes a
        subclass's run() may change without the parent seeing it."""
        run = type(process).run
        if run is base_run:
            if process._target:
                self.call(process._target, process._args, process._kwargs)
            return
        memo = dict(self._seed)
        child = copy.copy(process)
        for name, value in vars(process).items():
            if name not in _PROCESS_INTERNALS:
                vars(child)[name] = self._copy(value, memo)
        self._adopt(run, memo)(child)
