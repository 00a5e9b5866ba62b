"""unittest.mock's Mock: attributes made on demand, calls recorded, assertions about them."""

import inspect

from ._mock_call import DEFAULT, _Call, _CallList, _deleted, format_call

# names a mock without a spec refuses, as probably misspelt assertions
_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_magic(name):
    return name[:2] == name[-2:] == '__' and len(name) > 4


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


class NonCallableMock:
    """A mock that cannot be called: its attributes are mocks, made when first asked for."""

    def __new__(cls, *args, **kw):
        # each instance gets a class of its own, so that magic methods set on it stay its own
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_unsafe'] = unsafe
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_class'] = None
        d['_spec_set'] = None
        d['_mock_methods'] = None
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_side_effect'] = None
        d['_mock_return_value'] = DEFAULT
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None:
            if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Make mock a child named attribute, its calls recorded here too."""
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching into children: configure_mock(**{'a.b': 1})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    # ---- return_value and side_effect ----------------------------------------

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # ---- children -------------------------------------------------------------

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            # a sealed mock makes no new attribute or return value
            attribute = '.%s' % kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            # a non-callable mock's children can be called
            klass = Mock if 'Magic' not in klass.__name__ else _magic_callable()
        return klass(**kw)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and (methods is None or name not in methods):
            if name.startswith(_ASSERT_TYPOS):
                raise AttributeError(
                    '%r is not a valid assertion. Use a spec for the mock if %r is meant to be '
                    'an attribute.' % (name, name))
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in ('return_value', 'side_effect'):
            return object.__setattr__(self, name, value)
        methods = self.__dict__.get('_mock_methods')
        if (self._spec_set and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name):
            if not _is_instance_mock(value):
                setattr(type(self), name, value)
                return None
            setattr(type(self), name, _ChildProxy(name))
            self._mock_children[name] = value
            _adopt(self, value, name)
            return None
        if _is_instance_mock(value) and _adopt(self, value, name):
            self._mock_children[name] = value
            return None
        if name in self._mock_children:
            self._mock_children[name] = value
            return None
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, DEFAULT)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not DEFAULT:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        own = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + own + list(self.__dict__) + dir(type(self))))

    # ---- names ------------------------------------------------------------------

    def _extract_mock_name(self):
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
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    # ---- assertions ---------------------------------------------------------------

    def _name(self):
        return self._mock_name or 'mock'

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, repr(self.mock_calls))

    def _call_sig(self, args, kwargs):
        return format_call(self._name(), args, kwargs)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._name())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._call_sig(args, kwargs))
        expected = self._match(_Call((args, kwargs), two=True))
        actual = self._match(self.call_args)
        if actual != expected:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (self._call_sig(args, kwargs), self._call_sig(*self.call_args)))

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = self._match(_Call((args, kwargs), two=True))
        actual = [self._match(c) for c in self.call_args_list]
        if expected not in actual:
            raise AssertionError('%s call not found' % self._call_sig(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds these calls: in a row, or in any order."""
        expected = [self._match(c) for c in calls]
        all_calls = _CallList(self._match(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %s%s'
                                     % (_CallList(calls),
                                        self._calls_repr(prefix='  Actual').rstrip('.')))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._name(), tuple(not_found), remaining))

    def _match(self, kall):
        # a mock with a function spec compares calls by the arguments they bind to
        sig = self.__dict__.get('_spec_signature')
        if sig is None:
            return kall
        if len(kall) == 2:
            name, args, kwargs = '', kall[0], kall[1]
        else:
            name, args, kwargs = kall
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs), two=len(kall) == 2)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call, here and in the children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)


def _adopt(parent, value, name, new_name=None):
    """Make value, a mock with no parent or name yet, a child of parent; False where it has one,
    or where parent descends from value (a mock set as its own return value stays as it is)."""
    if not _is_instance_mock(value):
        return False
    inner = value.__dict__
    if inner['_mock_name'] or inner['_mock_new_name']:
        return False
    if inner['_mock_parent'] is not None or inner['_mock_new_parent'] is not None:
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    inner['_mock_new_parent'] = parent
    inner['_mock_new_name'] = name if new_name is None else new_name
    if name:
        inner['_mock_parent'] = parent
        inner['_mock_name'] = name
    return True


class _ChildProxy:
    """A magic method on a mock's own class that answers with the mock's child of that name."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_children[self.name]


class CallableMixin:
    """What makes a mock callable: calls are recorded, then side_effect or return_value answers."""

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._answer_call(args, kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        sig = self.__dict__.get('_spec_signature')
        if sig is not None and self.__dict__.get('_spec_checks_calls'):
            sig.bind(*args, **kwargs)

    def _record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        self.call_args_list.append(this)
        # the call shows in every ancestor's mock_calls, under its path from there
        method = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        is_call = call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                method = parent._mock_parent is not None
                if method:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_call else '.'
                is_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _answer_call(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
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
    """A callable mock: records its calls and answers with return_value or side_effect."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                                 parent=parent, _spec_state=_spec_state, _new_name=_new_name,
                                 _new_parent=_new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect
        if spec is not None and not isinstance(spec, (list, tuple, type)) and callable(spec):
            try:
                self.__dict__['_spec_signature'] = inspect.signature(spec)
            except (TypeError, ValueError):
                pass


def _magic_callable():
    from ._mock_magic import MagicMock
    return MagicMock
