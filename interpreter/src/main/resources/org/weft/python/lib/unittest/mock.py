"""unittest.mock: mock objects that record how they are used, and patch() to put them in place,
with the behaviour, reprs and assertion messages of CPython 3.11's.

How it works: every mock instance gets a class of its own (made in __new__), so that magic
methods can be configured per instance: Python looks dunders up on the type. Attributes that do
not exist become child mocks on first access; calls are recorded on the mock and on each of its
ancestors (mock_calls, method_calls), named by the path from that ancestor.

Thread safety: creating a child mock takes the class-wide RLock `_lock`, so two threads reading
one new attribute get the same child; recording a call appends to lists (each append atomic), so
calls from many threads are all kept, in some order.
"""

import builtins
import contextlib
import inspect
import pprint
import sys
import threading
from functools import partial, wraps
from types import FunctionType, MethodType, ModuleType

from .util import safe_repr

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
    'PropertyMock', 'seal',
)

FILTER_DIR = True

_builtins = {name for name in dir(builtins) if not name.startswith('_')}


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# ---- sentinels, ANY and DEFAULT ---------------------------------------------------------------

class _SentinelObject:
    """A unique, named, sentinel object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Access attributes to return a named object, usable as a sentinel."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---- small predicates -------------------------------------------------------------------------

def _is_instance_mock(obj):
    # isinstance would consult the __class__ property a spec gives a mock
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or isinstance(obj, type) and issubclass(obj, BaseException)


def _extract_mock(obj):
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    """Whether obj is callable; for a class, whether its instances are."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(base.__dict__.get('__call__') is not None for base in obj.__mro__)


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _signature_of(spec, as_instance=False, eat_self=False):
    """The signature calls to a mock with this spec must fit, or None."""
    if isinstance(spec, type) and not as_instance:
        func = spec
    elif isinstance(spec, type):
        func = getattr(spec, '__call__', None)
        eat_self = True
        if func is None:
            return None
    elif isinstance(spec, (classmethod, staticmethod)):
        # the decorated function's signature; a class method's cls is not passed
        eat_self = eat_self or isinstance(spec, classmethod)
        func = spec.__func__
    elif not callable(spec):
        return None
    elif not (inspect.isfunction(spec) or inspect.ismethod(spec)):
        # A built-in function, or a callable object: CPython checks its __call__, which for the
        # built-ins takes (*args, **kwargs), so calls to their mocks are not checked at all.
        func = getattr(type(spec), '__call__', None)
        if func is None or not inspect.isfunction(func):
            return None
        eat_self = True
    else:
        func = spec
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self and not isinstance(func, type) and not inspect.ismethod(func):
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


# ---- call objects ---------------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _unpack_call(value):
    """(name, args, kwargs) from the forms a call may take: up to 3 of name, args and kwargs,
    where a lone str is a name, a lone tuple the args and anything else the kwargs; name is None
    where the value has none."""
    name, args, kwargs = None, (), {}
    if len(value) == 3:
        name, args, kwargs = value
    elif len(value) == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif len(value) == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """A recorded call, (args, kwargs) or (name, args, kwargs); `call` builds them for comparison.
    A call without a name matches any name; empty args or kwargs may be left out."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        cname, args, kwargs = _unpack_call(value)
        if cname is None:
            cname = name
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (cname, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        if len(other) > 3:
            return False
        other_name, other_args, other_kwargs = _unpack_call(tuple(other))
        other_name = other_name or ''
        if self_name and other_name != self_name:
            return False
        # the other side on the left, so that an ANY among the expected arguments decides
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # call.count(...) and call.index(...) are calls of methods named so, not tuple methods
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return tuple(self)[1:]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call%s' % name
            else:
                name = 'call.%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls a chained call such as call(1).method(2) stands for, outermost first."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(0, len(self) - n + 1))

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """Finds a call with the expected one on the left of ==, so that ANY there decides."""

    def __contains__(self, item):
        for _call in self:
            if all(expected == actual for expected, actual in zip(item, _call)):
                return True
        return False


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts value (a mock without a name or parent) as parent's child; False if it is not one."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:  # would make a cycle
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect', '_mock_parent',
    '_mock_new_parent', '_mock_name', '_mock_new_name',
}


def _recorded(name):
    """A property kept in __dict__ under _mock_<name> (called, call_count, ...), or on the
    function an autospecced function mock delegates to."""
    _allowed_names.add(name)
    key = '_mock_' + name

    def get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__[key]
        return getattr(delegate, name)

    def set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[key] = value
        else:
            setattr(delegate, name, value)
    return property(get, set)


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


# ---- the mocks ------------------------------------------------------------------------------

class NonCallableMock(Base):
    """A non-callable version of `Mock`"""

    _lock = threading.RLock()

    def __new__(cls, /, *args, **kw):
        # a class per instance, where magic methods of this instance can be set
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one; its calls are recorded here too."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Only attributes of spec (an object or a list of names) may be fetched from the mock."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, _spec_as_instance, _eat_self)
            spec = dir(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = []

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value to be returned when the mock is called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _recorded('called')
    call_count = _recorded('call_count')
    call_args = _recorded('call_args')
    call_args_list = _recorded('call_args_list')
    mock_calls = _recorded('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        sf = delegate.side_effect
        if (sf is not None and not callable(sf) and not isinstance(sf, _MockIter)
                and not _is_exception(sf)):
            sf = _MockIter(sf)
            delegate.side_effect = sf
        return sf

    def __set_side_effect(self, value):
        value = _try_iter(value)
        if self._mock_delegate is None:
            self._mock_side_effect = value
        else:
            self._mock_delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Restore the mock object to its initial state."""
        if visited is None:
            visited = []
        if any(v is self for v in visited):
            return
        visited.append(self)
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching into child mocks ('method.return_value': 3)."""
        # parents before their children: fewer dots first
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        with NonCallableMock._lock:
            result = self._mock_children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            elif result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                              _new_parent=self)
                self._mock_children[name] = result
            elif isinstance(result, _SpecState):
                result = create_autospec(result.spec, result.spec_set, result.instance,
                                         result.parent, result.name)
                self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        # the dotted path from the root mock; a call ('()') joins without a dot
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        """Only the useful members: spec names, public methods, set attributes and children."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
              and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _signature_for(self, name):
        """The spec signature of the child a recorded call's name leads to, if any."""
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """A comparison key for a call: bound to the spec's signature when there is one, so that
        f(1, b=2) matches f(1, 2); the TypeError of a call that does not fit it."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._signature_for(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """assert that the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the specified arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once, with the specified arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert the mock has been called with the calls, in order (any_order: in any)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}'
                                     f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert the mock has ever been called with the specified arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """Child mocks are of the parent's callable kind (Mock for NonCallableMock)."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        _type = type(self)
        if issubclass(_type, MagicMock) and kw.get('_new_name') in _async_method_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            name = kw.get('_new_name')
            if name in _all_sync_magics or self._mock_methods and name in self._mock_methods:
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            klass = MagicMock if issubclass(_type, NonCallableMagicMock) else Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent,
                         **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # each ancestor records the call under the path from it: method_calls follow attributes
        # only, mock_calls also return values ('()')
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if do_method_calls:
                ancestor.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = ancestor._mock_parent is not None
                if do_method_calls:
                    method_call_name = ancestor._mock_name + '.' + method_call_name
            ancestor.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if ancestor._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = ancestor._mock_new_name == '()'
                mock_call_name = ancestor._mock_new_name + dot + mock_call_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A mock object: calls and attribute accesses are recorded, attributes are child mocks.

    spec/spec_set restrict the attributes (and make isinstance pass), side_effect (an exception,
    an iterable or a function) and return_value decide what a call gives, wraps passes calls
    through, name shows in the repr; other keyword arguments configure attributes."""


# ---- magic methods --------------------------------------------------------------------------

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
    "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next "
    "fspath aiter"
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_magics = {'__%s__' % m for m in ' '.join([
    _magic_names, _numerics, ' '.join('i' + n for n in _numerics.split()),
    ' '.join('r' + n for n in _numerics.split())]).split()}

# supported, but not set up by default
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__',
}
_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_async_magics = _async_method_magics | {"__aiter__"}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__',
    '__subclasscheck__', '__del__',
}


def _get_method(name, func):
    """A real function calling func, to stand on the mock's class as a dunder."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter, '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicProxy(Base):
    """Stands on a MagicMock's class for a magic method until first used; then the method's
    mock takes its place."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()  # magic methods configured by keyword arguments need them
        super().__init__(*args, **kw)
        self._mock_set_magics()  # a spec given to __init__ may remove some

    def _mock_set_magics(self):
        these_magics = _magics | _async_method_magics
        if getattr(self, "_mock_methods", None) is not None:
            wanted = these_magics.intersection(self._mock_methods)
            for entry in these_magics - wanted:
                if entry in type(self).__dict__:
                    delattr(self, entry)
            these_magics = wanted
        these_magics = these_magics - set(type(self).__dict__)
        for entry in these_magics:
            setattr(type(self), entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of `MagicMock` that isn't callable."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with default implementations of most magic methods (len() is 0, iter() empty,
    bool() True, ...); attributes and return values are MagicMocks too."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting it calls the mock with no arguments,
    setting it calls the mock with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- async mocks ----------------------------------------------------------------------------

class _AsyncIterator:
    """An asynchronous iterator over an iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = _recorded('await_count')
    await_args = _recorded('await_args')
    await_args_list = _recorded('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()
        self.__dict__['__name__'] = 'AsyncMock'

    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_await_failure(args, kwargs)) from cause

    def _format_await_failure(self, args, kwargs):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.await_args)
        return 'expected await not found.\nExpected: %s\n  Actual: %s' % (expected, actual)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                problem = 'Awaits not found.' if cause is None else (
                    'Error processing expected awaits.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return awaitables; await_count, await_args and the
    assert_awaited* methods tell how they were awaited."""


# ---- create_autospec ------------------------------------------------------------------------

class _SpecState:
    """An attribute of an autospecced mock not yet fetched: made into a mock on first use."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _must_skip(spec, entry, is_type):
    """Whether attribute entry of spec is a method that takes no self (static or class method)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionType):
            return is_type
        else:
            return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with spec's attributes (each autospecced in turn when first fetched) whose calls
    must fit the signatures of what they stand for."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        for typo in ("autospect", "auto_spec", "set_spec"):
            if typo in kwargs:
                raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")
    _kwargs.update(kwargs)
    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        # a property or other data descriptor: what it returns is unknown, so no spec
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    _name = _kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **_kwargs)
    if isinstance(spec, FunctionType):
        # a real function, so that it binds as a method where it replaces one
        mock = _function_mock(mock, spec)
    else:
        sig = mock._spec_signature
        if sig is not None and Klass is MagicMock:
            _check_signature(mock, sig)
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        kw = {'spec': original}
        if spec_set:
            kw = {'spec_set': original}
        if not isinstance(original, FunctionType):
            new = _SpecState(original, spec_set, mock, entry, None, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionType):
                parent = mock.mock
            new = MagicMock(parent=parent, name=entry, _new_name=entry, _new_parent=parent, **kw)
            mock._mock_children[entry] = new
            new.return_value = MagicMock()
            skip_self = _must_skip(spec, entry, is_type)
            child_sig = _signature_of(original, eat_self=skip_self)
            new.__dict__['_spec_signature'] = child_sig
            if child_sig is not None:
                _check_signature(new, child_sig)
        if isinstance(new, FunctionType):
            setattr(mock, entry, new)
    return mock


def _function_mock(mock, original):
    """A function with original's name that checks its signature and calls mock; it carries
    mock's attributes (return_value, call_args, the assert methods), mock delegating to it."""
    sig = _signature_of(original)
    if sig is None:
        return mock

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)

    name = original.__name__
    funcopy.__name__ = funcopy.__qualname__ = name if name.isidentifier() else 'funcopy'
    funcopy.mock = mock
    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for method in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                   'assert_any_call', 'assert_not_called', 'assert_called', 'assert_called_once'):
        setattr(funcopy, method, getattr(mock, method))

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy
    return funcopy


def _check_signature(mock, sig):
    """Calls of mock that do not fit sig raise the TypeError sig.bind raises."""
    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


# ---- patch ----------------------------------------------------------------------------------

def _check_spec_arg_typos(kwargs_to_check):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs_to_check:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


class _patch:
    """What patch() returns: a decorator, class decorator and context manager in one."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec '
                                   f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set '
                                   f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        # stacked patch decorators share one wrapper; the innermost patch comes first
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_mock(original, spec, spec_set, new_callable, kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _make_mock(self, original, spec, spec_set, new_callable, kwargs):
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set = original
                spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True  # the mock's instances get the spec too
        if spec is None and inspect.iscoroutinefunction(original):
            Klass = AsyncMock
        else:
            Klass = MagicMock
        _kwargs = {}
        if new_callable is not None:
            Klass = new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if inspect.iscoroutinefunction(this_spec):
                Klass = AsyncMock
            elif not_callable:
                Klass = NonCallableMagicMock
        if spec is not None:
            _kwargs['spec'] = spec
        if spec_set is not None:
            _kwargs['spec_set'] = spec_set
        if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute:
            _kwargs['name'] = self.attribute
        _kwargs.update(kwargs)
        new = Klass(**_kwargs)
        if inherit and _is_instance_mock(new):
            this_spec = spec_set if spec_set is not None else spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                Klass = NonCallableMagicMock
            _kwargs.pop('name')
            new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        return new

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # the attribute lived on a class or module the target inherits from
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _resolve(name):
    import pkgutil
    return pkgutil.resolve_name(name)


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve, target), attribute


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch the named member (attribute) of an object (target) with a mock object."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Several patches of one target at once; mocks made for DEFAULT values come by keyword."""
    if type(target) is str:
        getter = partial(_resolve, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace target ('package.module.attribute', imported when the patch starts) with new (by
    default a MagicMock, passed to a decorated function or returned by `with`) while a function
    runs or a with block lasts."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


class _patch_dict:
    """Sets values in a dictionary (or mapping, or the dotted name of one) and restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                setattr(klass, attr, _patch_dict(self.in_dict, self.values, self.clear)(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    # patch() and patch.dict() share one list of active patches (stopall stops both kinds), and
    # starting or stopping either is entering or leaving it as a context manager.
    _active_patches = _patch._active_patches
    start = _patch.start
    stop = _patch.stop


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches, the last started first."""
    for p in reversed(_patch._active_patches):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---- mock_open and seal ---------------------------------------------------------------------

file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to patch open() with: its handle reads read_data (read, readline, readlines,
    iteration) and records writes."""
    state = [_to_stream(read_data), None]

    def read_side_effect(*args, **kwargs):
        if handle.read.return_value:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readline_side_effect(*args, **kwargs):
        yield from iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    global file_spec, open_spec
    if file_spec is None:
        import io
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        import io
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_side_effect
    state[1] = readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_side_effect
    handle.__iter__.side_effect = iter_side_effect
    handle.__next__.side_effect = next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock):
    """No new child mocks from now on: mock, and the mocks it made, raise AttributeError for an
    attribute not yet defined."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)
