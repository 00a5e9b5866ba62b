"""unittest.mock: mock objects that record how they are used, and patch() to put them in place.

Written for Weft from the library's documentation (docs.python.org/3.11/library/unittest.mock.html):
Mock, MagicMock (with the magic methods configured as documented), NonCallableMock,
NonCallableMagicMock, PropertyMock, AsyncMock, call, ANY, DEFAULT, sentinel, patch (as decorator,
context manager or with start/stop; patch.object, patch.dict, patch.multiple), mock_open,
create_autospec (a spec'd mock of the same callability) and seal.
"""
import asyncio
import builtins
import contextlib
import functools
import importlib
import inspect
import io
import sys

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call", "create_autospec",
           "AsyncMock", "FILTER_DIR", "NonCallableMock", "NonCallableMagicMock", "mock_open",
           "PropertyMock", "seal")

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is sentinel.foo."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return "sentinel"


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _AnyType()


# ---- call objects -----------------------------------------------------------------------------------

def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ["%s=%r" % item for item in kwargs.items()]
    return "%s(%s)" % (name, ", ".join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs), compared with other calls or with (args, kwargs) tuples.
    ``call`` itself builds them: call(1, a=2), call.method(3), call().chained()."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            if isinstance(value[0], str):
                name, args, kwargs = value[0], value[1], {}
                if isinstance(args, dict):
                    args, kwargs = (), args
            else:
                args, kwargs = value
        elif len(value) == 1:
            (v,) = value
            if isinstance(v, str):
                args, kwargs, name = (), {}, v
            elif isinstance(v, tuple):
                args, kwargs = v, {}
            else:
                args, kwargs = (), v
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (tuple(args), dict(kwargs)))
        return tuple.__new__(cls, (name, tuple(args), dict(kwargs)))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return "", self[0], self[1]
        return self

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if len_other == 3:
            o_name, o_args, o_kwargs = other
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                o_name, o_args, o_kwargs = first, second, {}
                if isinstance(second, dict):
                    o_args, o_kwargs = (), second
            else:
                o_name, o_args, o_kwargs = "", first, second
        elif len_other == 1:
            (v,) = other
            if isinstance(v, str):
                o_name, o_args, o_kwargs = v, (), {}
            elif isinstance(v, tuple):
                o_name, o_args, o_kwargs = "", v, {}
            else:
                o_name, o_args, o_kwargs = "", (), v
        elif len_other == 0:
            o_name, o_args, o_kwargs = "", (), {}
        else:
            return False
        if len(self) == 3 and len_other == 3 and name != o_name:
            return False
        return (tuple(args), dict(kwargs)) == (tuple(o_args), dict(o_kwargs))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + "()", parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr.startswith("_mock_"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ("count", "index"):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            return name if name == "call" else "call." + name
        name, args, kwargs = self._parts()
        if not name:
            name = "call"
        elif name.startswith("()"):
            name = "call" + name
        else:
            name = "call." + name
        return _format_call(name, args, kwargs)

    def call_list(self):
        """The calls a chained call is made of: call(1).method(2).call_list()."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls whose ``in`` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---- mocks --------------------------------------------------------------------------------------------

def _is_magic(name):
    return name.startswith("__") and name.endswith("__") and len(name) > 4


class NonCallableMock:
    """A mock that records attribute access; see Mock for the callable kind."""

    def __new__(cls, *args, **kwargs):
        # Each mock gets a class of its own, so that magic methods set on it stay on it.
        subclass = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(subclass)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name="", _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d["_spec_set"] = spec_set
        d["_mock_unsafe"] = unsafe
        self._mock_add_spec(spec, spec_set)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["_mock_called"] = False
        d["_mock_call_args"] = None
        d["_mock_call_count"] = 0
        d["_mock_call_args_list"] = _CallList()
        d["_mock_mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        spec_names = None
        if spec is not None and not isinstance(spec, (list, tuple)) or isinstance(spec, type):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec_names = set(dir(spec))
        elif spec is not None:
            spec_names = set(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = spec_names

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec (a list of names or an object)."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Makes mock an attribute of this one, its calls recorded here too."""
        inner = mock
        inner.__dict__["_mock_parent"] = None
        inner.__dict__["_mock_new_parent"] = None
        inner.__dict__["_mock_name"] = ""
        inner.__dict__["_mock_new_name"] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = property(lambda self: self._mock_called)
    call_count = property(lambda self: self._mock_call_count)
    call_args = property(lambda self: self._mock_call_args)
    call_args_list = property(lambda self: self._mock_call_args_list)
    mock_calls = property(lambda self: self._mock_mock_calls)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_new_name"] = "()"

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _IterSideEffect(iter(value))
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls made (and, if asked, the return value and side effect)."""
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["_mock_called"] = False
        d["_mock_call_args"] = None
        d["_mock_call_count"] = 0
        d["_mock_mock_calls"] = _CallList()
        d["_mock_call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in self._mock_children.values():
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Sets attributes, dotted names reaching child mocks: configure_mock(**{'a.b.return_value': 3})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            *path, final = arg.split(".")
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_spec_class", "_mock_children", "_mock_name", "_spec_set"):
            raise AttributeError(name)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")) or name in _ATTRIB_DENY_LIST:
                raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant "
                                     "to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            if self._mock_sealed:
                raise AttributeError(_mock_path(self) + "." + name)
            autospec = self.__dict__.get("_mock_autospec")
            if autospec is not None:
                result = _autospec_child(self, autospec, name)
                children[name] = result
                return result
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _ALLOWED_SETTERS or name in type(self).__dict__ and not _is_magic(name):
            return object.__setattr__(self, name, value)
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods \
                and name not in self.__dict__:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_mock(value):
                # A function set as a magic method gets the mock as its first argument.
                setattr(type(self), name, _as_method(value, self))
                self._mock_children[name] = value
                return None
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_new_name"] = name
            value.__dict__["_mock_name"] = name
            value.__dict__["_mock_parent"] = self
            # On the mock's own class, as Python looks magic methods up; a mock is no descriptor,
            # so it is called with the operation's other arguments only.
            setattr(type(self), name, value)
            self._mock_children[name] = value
            return None
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (_mock_path(self), name))
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None \
                and value._mock_name in (None, ""):
            value.__dict__["_mock_parent"] = self
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_name"] = name
            value.__dict__["_mock_new_name"] = name
            self._mock_children[name] = value
            return None
        if name in self._mock_children:
            self._mock_children[name] = value
            return None
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

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [m for m, v in self._mock_children.items() if v is not _deleted]
        if FILTER_DIR:
            from_type = [e for e in from_type if not e.startswith("_")]
            from_dict = [e for e in from_dict if not e.startswith("_") or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __repr__(self):
        name = _mock_path(self)
        name_string = "" if name in ("mock", "mock.") else " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r" if not self._spec_set else " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def _get_child_mock(self, **kw):
        """A new child: same kind as self (MagicMock children of MagicMocks), never callable-less
        from a callable."""
        klass = type(self).__mro__[1]
        if self._mock_sealed:
            attribute = "." + kw["name"] if "name" in kw else "()"
            raise AttributeError(_mock_path(self) + attribute)
        if issubclass(klass, AsyncMock):
            klass = MagicMock
        elif not issubclass(klass, CallableMixin):
            if issubclass(klass, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(klass, NonCallableMock):
                klass = Mock
        return klass(**kw)

    # ---- assertions ------------------------------------------------------------------------------

    def _display_name(self):
        return self._mock_name or "mock"

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call(self._mock_name or "mock", args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        message = "expected %s not found.\nExpected: %s\n  Actual: %s"
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self.call_args
        actual_string = "not called." if actual is None else self._format_mock_call_signature(*actual._parts()[1:])
        return message % (action, expected, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._display_name())

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if expected not in [_Call(c._parts()[1:], two=True) for c in self.call_args_list]:
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls holds these calls (in this order, one after another, unless any_order)."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = "Calls not found." if len(expected) != 1 or True else ""
                raise AssertionError("%s\nExpected: %s\n  Actual: %s"
                                     % (problem, _CallList(expected), _safe_repr(self.mock_calls)))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(not_found), all_calls))


_ALLOWED_SETTERS = {"return_value", "side_effect", "_mock_return_value", "_mock_side_effect", "_mock_parent",
                    "_mock_new_parent", "_mock_name", "_mock_new_name", "method_calls", "_mock_children",
                    "_mock_methods", "_spec_class", "_spec_set", "_mock_sealed", "_mock_wraps",
                    "_mock_delegate", "_mock_unsafe"}
_ATTRIB_DENY_LIST = frozenset({"assert_called_once_with_", "called_once_with"})


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return object.__repr__(value)


def _mock_path(mock):
    """The dotted name a mock shows: its parents' names and its own, as 'mock.a.b()'."""
    names = []
    seen = set()
    m = mock
    while m is not None and id(m) not in seen:
        seen.add(id(m))
        name = m._mock_new_name if m._mock_new_name else m._mock_name
        parent = m._mock_new_parent if m._mock_new_parent is not None else m._mock_parent
        if parent is None:
            names.append(m._mock_name or "mock")
            break
        names.append(name or "")
        m = parent
    names.reverse()
    out = names[0]
    for n in names[1:]:
        out += n if n.startswith("()") else "." + n
    return out


def _is_mock(obj):
    return isinstance(obj, NonCallableMock) or type(obj).__dict__.get("_weft_is_mock", False)


def _is_exception(obj):
    return isinstance(obj, BaseException) or isinstance(obj, type) and issubclass(obj, BaseException)


class _IterSideEffect:
    """The values of an iterable side effect, handed out one per call."""

    def __init__(self, it):
        self.it = it

    def __iter__(self):
        return self.it

    def __next__(self):
        return next(self.it)


class CallableMixin:
    """What makes a mock callable: calls are recorded, then side_effect or return_value answers."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name="", _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                                 _new_parent, **kwargs)
        self.__dict__["_mock_return_value"] = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        check = self.__dict__.get("_mock_signature_check")
        if check is not None:
            check(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d["_mock_called"] = True
        d["_mock_call_count"] += 1
        this_call = _Call((args, kwargs), two=True)
        d["_mock_call_args"] = this_call
        self._mock_call_args_list.append(this_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == "()"
        self._mock_mock_calls.append(_Call(("", args, kwargs)))
        parent = self._mock_new_parent
        seen = set()
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + "." + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            parent._mock_mock_calls.append(this_mock_call)
            if parent._mock_new_name:
                dot = "" if is_a_call else "."
                is_a_call = parent._mock_new_name == "()"
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _IterSideEffect):
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
    """A flexible mock: any attribute is a child mock, calls are recorded, return_value and
    side_effect say what a call gives."""


def _check_spec_arg_typos(kwargs):
    pass


# ---- magic methods ----------------------------------------------------------------------------------

_magics = set(
    "__lt__ __gt__ __le__ __ge__ __int__ __contains__ __len__ __iter__ __exit__ __complex__ __float__ "
    "__bool__ __index__ __hash__ __str__ __sizeof__ __enter__ __fspath__ __getitem__ __setitem__ "
    "__delitem__ __reversed__ __missing__ __round__ __floor__ __trunc__ __ceil__ "
    "__aenter__ __aexit__ __aiter__ __anext__ __eq__ __ne__".split())
_numerics = ("add sub mul matmul truediv floordiv mod lshift rshift and xor or pow divmod").split()
for _n in _numerics:
    _magics |= {"__%s__" % _n, "__r%s__" % _n, "__i%s__" % _n}
_magics |= {"__neg__", "__pos__", "__abs__", "__invert__"}
_all_magics = _magics | {"__call__", "__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
                         "__instancecheck__", "__subclasscheck__", "__del__", "__getformat__",
                         "__get__", "__set__", "__delete__", "__reduce__", "__reduce_ex__",
                         "__getinitargs__", "__getnewargs__", "__getstate__", "__setstate__",
                         "__getnewargs_ex__", "__copy__", "__deepcopy__", "__dir__", "__format__",
                         "__subclasses__", "__repr__", "__class__", "__doc__"}
_unsupported_magics = {"__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
                       "__instancecheck__", "__subclasscheck__", "__del__"}


def _magic_defaults(mock):
    return {
        "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented, "__ge__": NotImplemented,
        "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False, "__complex__": 1j,
        "__float__": 1.0, "__bool__": True, "__index__": 1, "__aexit__": False,
        "__hash__": object.__hash__(mock), "__str__": object.__str__(mock), "__sizeof__": object.__sizeof__(mock),
        "__fspath__": "%s/%s" % (type(mock).__name__, id(mock)),
    }


def _side_effect_for(name, mock):
    if name == "__eq__":
        def eq(other):
            ret = mock.__eq__._mock_return_value
            if ret is not DEFAULT:
                return ret
            return mock is other
        return eq
    if name == "__ne__":
        def ne(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return mock is not other
        return ne
    if name == "__iter__":
        def it():
            ret = mock.__iter__._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        return it
    if name == "__aiter__":
        def ait():
            ret = mock.__aiter__._mock_return_value
            return _AsyncIterator(iter([] if ret is DEFAULT else ret))
        return ait
    return None


class _AsyncIterator:
    def __init__(self, it):
        self.it = it

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None


def _as_method(value, mock):
    """A plain function set as a magic method: called with the mock as its first argument."""
    if callable(value):
        return lambda *args, **kwargs: value(mock, *args, **kwargs)
    return value


class MagicMixin:
    """Configures the supported magic methods, each a child mock with a documented default."""

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _magics
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            these = _magics & set(methods)
            for entry in _magics - these:
                if entry in type(self).__dict__:
                    delattr(type(self), entry)
        for entry in these - set(type(self).__dict__):
            setattr(type(self), entry, _MagicProxy(entry, self))


def _safe_super(klass, self):
    return super(klass, self)


class _MagicProxy:
    """A descriptor making the child mock of a magic method on first use."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        defaults = _magic_defaults(parent)
        if entry in defaults:
            m.return_value = defaults[entry]
        effect = _side_effect_for(entry, parent)
        if effect is not None:
            m.side_effect = effect
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len(m) is 0, iter(m) empty, m[k] a child mock,
    `with m:` works; each can be set (m.__len__.return_value = 3)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock used as a property on a class: getting the attribute calls it, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMixin, Mock):
    """A mock whose calls return awaitables; await counts and arguments are recorded."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d["_mock_await_count"] = 0
        d["_mock_await_args"] = None
        d["_mock_await_args_list"] = _CallList()

    await_count = property(lambda self: self._mock_await_count)
    await_args = property(lambda self: self._mock_await_args)
    await_args_list = property(lambda self: self._mock_await_args_list)

    def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)

        async def proxy():
            d = self.__dict__
            d["_mock_await_count"] += 1
            d["_mock_await_args"] = _call
            self._mock_await_args_list.append(_call)
            effect = self.side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                if isinstance(effect, _IterSideEffect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration from None
                    if _is_exception(result):
                        raise result
                    return result
                result = effect(*args, **kwargs)
                if inspect.iscoroutine(result):
                    result = await result
                if result is not DEFAULT:
                    return result
            if self._mock_return_value is not DEFAULT:
                return self.return_value
            if self._mock_wraps is not None:
                r = self._mock_wraps(*args, **kwargs)
                return (await r) if inspect.iscoroutine(r) else r
            return self.return_value
        return proxy()

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError("Expected await: %s\nNot awaited" % self._format_mock_call_signature(args, kwargs))
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await"))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d["_mock_await_count"] = 0
        d["_mock_await_args"] = None
        d["_mock_await_args_list"] = _CallList()


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False,
                    _skip_first=False, **kwargs):
    """A mock with spec's attributes, each itself autospecced when used: calls are checked against
    the signatures of spec's Python functions and methods (a class's constructor, a method without
    its self), as the real object would check them."""
    is_type = isinstance(spec, type)
    if inspect.iscoroutinefunction(spec):
        klass = AsyncMock
    elif is_type and not instance or not is_type and callable(spec) and not instance:
        klass = MagicMock
    elif is_type and instance and _instance_callable(spec):
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    kw = {"spec_set": spec} if spec_set else {"spec": spec}
    kw.update(kwargs)
    extra = {}
    if _parent is not None:
        extra = {"parent": _parent, "_new_parent": _parent, "_new_name": _name}
    mock = klass(name=_name, unsafe=unsafe, **extra, **kw)
    signature = _checked_signature(spec, is_type, instance, _skip_first)
    if signature is not None:
        def check(*args, **kw2):
            try:
                signature.bind(*args, **kw2)
            except TypeError as e:
                raise TypeError(str(e)) from None
        mock.__dict__["_mock_signature_check"] = check
    mock.__dict__["_mock_autospec"] = (spec, is_type and not instance, spec_set)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()", _parent=mock)
    return mock


def _checked_signature(spec, is_type, instance, skip_first):
    """The signature calls of an autospecced mock must fit, or None when there is none to check
    (built-in functions, non-callables)."""
    try:
        if is_type and not instance:
            return inspect.signature(spec)
        if is_type:
            call_method = getattr(spec, "__call__", None)
            if not inspect.isfunction(call_method):
                return None
            target, skip_first = call_method, True
        elif inspect.isfunction(spec) or inspect.ismethod(spec):
            target = spec
        else:
            return None
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return None
    if skip_first:
        params = list(signature.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            signature = signature.replace(parameters=params[1:])
    return signature


def _autospec_child(parent, autospec, name):
    """The autospecced mock of attribute name of an autospecced mock's spec."""
    spec, is_class, spec_set = autospec
    owner = spec if isinstance(spec, type) else type(spec)
    try:
        static = inspect.getattr_static(owner, name)
    except AttributeError:
        static = None
    original = getattr(spec, name)
    # A function found on a class is a method: calls through an instance pass no self.
    skip_first = inspect.isfunction(original) and not isinstance(static, staticmethod)
    if inspect.isfunction(original) or inspect.ismethod(original) or inspect.isbuiltin(original):
        return create_autospec(original, spec_set, instance=False, _parent=parent, _name=name,
                               _skip_first=skip_first)
    if isinstance(original, type):
        return create_autospec(original, spec_set, instance=False, _parent=parent, _name=name)
    return create_autospec(original, spec_set, instance=True, _parent=parent, _name=name)


# ---- patching ---------------------------------------------------------------------------------------

def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = importlib.import_module(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            importlib.import_module(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


class _patch:
    """One patch: replaces target.attribute while active, restoring it after."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
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
        self.attribute_name = None
        self._active = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

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
    def _patched(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                arg = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield args, keywargs

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self._patched(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self._patched(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = _missing
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, _missing)
        else:
            local = True
        if name in ("__builtins__",) or not self.create and original is _missing:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None and spec_set is True:
                spec_set = spec
                spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is _missing:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                _kwargs["spec"] = spec
            if spec_set is not None:
                _kwargs["spec_set"] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                _kwargs["name"] = self.attribute
            _kwargs.update(kwargs)
            new = klass(**_kwargs)
            if inherit and _is_mock(new):
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                _kwargs.pop("name", None)
                new.return_value = klass(_new_parent=new, _new_name="()", **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is _missing:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
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
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not _missing:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ("__doc__", "__module__", "__defaults__",
                                                       "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activates the patch; stop() (or patch.stopall()) undoes it."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Undoes a patch started with start()."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)

    _active_patches = []


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    return any("__call__" in base.__dict__ for base in (obj,) + obj.__mro__)


def _is_async_obj(obj):
    if _is_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          *, unsafe=False, **kwargs):
    """Replaces the object named by target ('package.module.Name') while a decorated function runs
    or a with block lasts; the replacement is a MagicMock unless new is given."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attribute'): patches an attribute of an object at hand."""
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=3): several attributes of one target at once."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


class _patch_dict:
    """patch.dict(in_dict, values, clear=False, **kw): a dict's items set for a while, then restored."""

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
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
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
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch started with start(), the last first."""
    for p in reversed(_patch._active_patches[:]):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


def mock_open(mock=None, read_data=""):
    """A mock of open(): its handle's read, readline, readlines and iteration give read_data;
    writes are recorded on the handle (handle.write.assert_called_with(...))."""
    _read_data = [read_data]

    def lines():
        data = _read_data[0]
        sep = b"\n" if isinstance(data, bytes) else "\n"
        parts = data.split(sep)
        out = [p + sep for p in parts[:-1]]
        if parts[-1]:
            out.append(parts[-1])
        return out

    state = {"lines": iter(lines())}

    def _read_side_effect(*args, **kwargs):
        joiner = b"" if isinstance(_read_data[0], bytes) else ""
        if args and args[0] is not None and args[0] >= 0:
            rest = joiner.join(state["lines"])
            out, keep = rest[:args[0]], rest[args[0]:]
            state["lines"] = iter([keep] if keep else [])
            return out
        return joiner.join(state["lines"])

    def _readline_side_effect(*args, **kwargs):
        for line in state["lines"]:
            return line
        return b"" if isinstance(_read_data[0], bytes) else ""

    def _readlines_side_effect(*args, **kwargs):
        return list(state["lines"])

    def _iter_side_effect():
        for line in state["lines"]:
            yield line

    def _next_side_effect():
        return next(state["lines"])

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state["lines"] = iter(lines())
        if handle.readline.side_effect == _readline_side_effect:
            handle.readline.side_effect = _readline_side_effect
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def _file_spec():
    return sorted(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))) | {"__next__"})


def seal(mock):
    """Stops a mock (and its existing children) from making new child mocks."""
    mock.__dict__["_mock_sealed"] = True
    for attr in list(mock._mock_children):
        m = mock._mock_children[attr]
        if not _is_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)
