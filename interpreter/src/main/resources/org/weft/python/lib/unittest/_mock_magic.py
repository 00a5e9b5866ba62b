"""MagicMock (a Mock whose magic methods are preconfigured mocks), PropertyMock, AsyncMock,
mock_open and create_autospec."""

import asyncio
import inspect
import io
import types

from ._mock_base import CallableMixin, Mock, NonCallableMock, _ChildProxy, _is_exception
from ._mock_call import DEFAULT, _Call, _CallList, format_call

_NUMERICS = ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift',
             'and', 'xor', 'or', 'pow')
_MAGICS = set(
    '__%s__' % m for m in (
        'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit '
        'divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool '
        'next fspath aiter').split()
) | set('__%s__' % m for n in _NUMERICS for m in (n, 'r' + n, 'i' + n))
_ASYNC_MAGICS = {'__aenter__', '__aexit__', '__anext__'}


def _eq(mock):
    def __eq__(other):
        ret = mock.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        return True if mock is other else NotImplemented
    return __eq__


def _ne(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter(mock):
    def __iter__():
        ret = mock.__iter__._mock_return_value
        if ret is DEFAULT:
            return iter([])
        return iter(ret)
    return __iter__


_FIXED = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}
_COMPUTED = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}
_SIDE_EFFECTS = {'__eq__': _eq, '__ne__': _ne, '__iter__': _iter}


def _configure(mock, name, child):
    # the defaults CPython's MagicMock gives: len() is 0, iter() is empty, bool() is True, ...
    if name in _FIXED:
        child.return_value = _FIXED[name]
    elif name in _COMPUTED:
        child.return_value = _COMPUTED[name](mock)
    elif name in _SIDE_EFFECTS:
        child.side_effect = _SIDE_EFFECTS[name](mock)


class _MagicProxy:
    """A magic method on a MagicMock's own class; the first use makes the child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        child = obj._mock_children.get(self.name)
        if child is None:
            klass = AsyncMock if self.name in _ASYNC_MAGICS else MagicMock
            child = klass(name=self.name, parent=obj, _new_name=self.name, _new_parent=obj)
            obj._mock_children[self.name] = child
            _configure(obj, self.name, child)
        return child


class MagicMixin:
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        names = _MAGICS | _ASYNC_MAGICS
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            names = names.intersection(methods)
            for entry in (_MAGICS | _ASYNC_MAGICS) - names:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        for entry in names:
            if not isinstance(type(self).__dict__.get(entry), _ChildProxy):
                setattr(type(self), entry, _MagicProxy(entry))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len, iter, with, comparisons, ...) are mocks too."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to set as a property on a class: reading calls it, assigning calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMixin, Mock):
    """A mock whose call returns a coroutine; await_count and the assert_awaited* checks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def _get_child_mock(self, **kw):
        # CPython: an AsyncMock's children are AsyncMocks, but its synchronous magic methods
        # (and the methods of its spec) are MagicMocks
        name = kw.get('_new_name')
        methods = self.__dict__.get('_mock_methods')
        if name in _MAGICS or (methods and name in methods):
            return MagicMock(**kw)
        return AsyncMock(**kw)

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._await_call(args, kwargs)

    async def _await_call(self, args, kwargs):
        d = self.__dict__
        this = _Call((args, kwargs), two=True)
        d['await_count'] += 1
        d['await_args'] = this
        self.await_args_list.append(this)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif asyncio.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if asyncio.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % self._call_sig(args, kwargs))
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s'
                                 % (self._call_sig(args, kwargs), self._call_sig(*self.await_args)))

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in self.await_args_list:
            raise AssertionError('%s await not found' % self._call_sig(args, kwargs))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


_file_spec = None


def mock_open(mock=None, read_data=''):
    """A MagicMock to patch open() with: its handle reads read_data and records writes."""
    global _file_spec
    if _file_spec is None:
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    state = {'lines': None}

    def _lines():
        sep = b'\n' if isinstance(read_data, bytes) else '\n'
        lines = read_data.split(sep)
        out = [line + sep for line in lines[:-1]]
        if lines[-1]:
            out.append(lines[-1])
        return out

    def _read(*args, **kwargs):
        if handle.read.return_value:
            return handle.read.return_value
        rest = state['lines']
        state['lines'] = []
        return read_data[:0].join(rest)

    def _readline(*args, **kwargs):
        if handle.readline.return_value:
            return handle.readline.return_value
        if state['lines']:
            return state['lines'].pop(0)
        return read_data[:0]

    def _readlines(*args, **kwargs):
        if handle.readlines.return_value:
            return handle.readlines.return_value
        rest = state['lines']
        state['lines'] = []
        return rest

    def _iterate():
        while state['lines']:
            yield state['lines'].pop(0)

    def _next(*args, **kwargs):
        if state['lines']:
            return state['lines'].pop(0)
        raise StopIteration

    def reset(*args, **kwargs):
        # each open() starts reading read_data from its beginning
        state['lines'] = _lines()
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = lambda *a: _iterate()
    handle.__next__.side_effect = _next
    state['lines'] = _lines()
    mock.side_effect = reset
    mock.return_value = handle
    return mock


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, _skip_first=False, **kwargs):
    """A mock shaped like spec: calls are checked against spec's signature (and a class's
    methods against theirs), and attributes spec lacks raise AttributeError. A class's
    return_value is an instance mock shaped the same way."""
    is_type = isinstance(spec, type)
    key = 'spec_set' if spec_set else 'spec'
    klass = MagicMock if callable(spec) and not instance else NonCallableMagicMock
    new_name = _name if _name is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name,
                 unsafe=unsafe, **{key: spec}, **kwargs)
    if callable(spec) and not instance:
        sig = _signature(spec, skip_first=_skip_first)
        if sig is not None:
            mock.__dict__['_spec_signature'] = sig
            mock.__dict__['_spec_checks_calls'] = True
        if inspect.isfunction(spec) and not _skip_first:
            # an autospecced function set on a class binds like the function: self comes first
            type(mock).__get__ = _bind_like_function
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)
    if not is_type and not instance:
        return mock
    for entry in dir(spec):
        if entry[:2] == entry[-2:] == '__':
            continue
        try:
            static = inspect.getattr_static(spec, entry)
        except AttributeError:
            continue
        if inspect.isfunction(static) or isinstance(static, (staticmethod, classmethod)):
            original = getattr(spec, entry)
            # an instance's methods drop self; a class's plain functions keep it
            skip = instance and inspect.isfunction(static)
            child = create_autospec(original, spec_set, _parent=mock, _name=entry,
                                    _skip_first=skip)
            mock._mock_children[entry] = child
    return mock


def _bind_like_function(self, obj, owner=None):
    if obj is None:
        return self
    return types.MethodType(self, obj)


def _signature(func, skip_first=False):
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    if skip_first:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig
