"""Run-time support for type hints: generic aliases, TypeVar, Generic, Protocol,
NamedTuple, TypedDict and the introspection helpers.

Weft's own implementation, written from the documented behaviour of CPython 3.11.
Aliases are plain immutable objects; subscripting builds a new one each time
(no cache), so the module has no shared mutable state and is free-thread safe.
"""

import abc as _abc
import sys
import types
import collections
import collections.abc
import _collections_abc
import operator
import functools

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
    'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
    'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _type_repr(obj):
    # CPython: typing._type_repr
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateAlias))


def _subs(arg, mapping):
    """Substitute type variables in arg according to mapping."""
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subs(a, mapping) for a in arg]
    if isinstance(arg, (_GenericAlias, types.GenericAlias)) and getattr(arg, '__parameters__', ()):
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


class _Final:
    """Base of typing's special objects: not subclassable."""
    __slots__ = ('__weakref__',)


class _BaseGenericAlias(_Final):
    """Common behaviour of List, List[int], Union[...] and friends."""

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr[:2] == '__' and attr[-2:] == '__'):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Box[T], Union[int, str]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError('%s is not a generic class' % self)
        mapping = _variadic_mapping(self, params, tuple(_type_check(a, '') for a in args))
        return self.copy_with(_subs_args(self.__args__, mapping))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        # CPython: _GenericAlias.__mro_entries__ in typing.py
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a builtin or abc class: typing.List."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__parameters__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name


class _TypingEllipsisType:
    pass


_TypingEllipsis = _TypingEllipsisType()


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(self.__args__[1])
        if (len(self.__args__) == 2 and isinstance(self.__args__[0], (ParamSpec, _ConcatenateAlias))):
            return 'typing.Callable[%s, %s]' % (_type_repr(self.__args__[0]),
                                                _type_repr(self.__args__[1]))
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return 'typing.Callable[[%s], %s]' % (params, _type_repr(self.__args__[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        # A ParamSpec takes a list of types (or ..., or another ParamSpec) and the result is
        # spliced into the argument list: Callable[P, T][[int], str] is Callable[[int], str].
        # CPython: _prepare_paramspec_params and _GenericAlias._make_substitution.
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError('%s is not a generic class' % self)
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not _is_param_expr(args[0]):
            args = (args,)
        args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
        mapping = _variadic_mapping(self, params, tuple(
            a if isinstance(a, tuple) or a is ... else _type_check(a, '') for a in args))
        head = []
        for a in self.__args__[:-1]:
            if isinstance(a, _ConcatenateAlias):
                first = list(_subs_args(a.__args__[:-1], mapping))
                last = mapping.get(a.__args__[-1], a.__args__[-1])
                if isinstance(last, tuple):
                    head.extend(first + list(last))
                else:
                    head.append(Concatenate[tuple(first) + (last,)])
            elif isinstance(a, ParamSpec) and isinstance(mapping.get(a), tuple):
                head.extend(mapping[a])
            else:
                head.append(_subs(a, mapping))
        return self.copy_with(tuple(head) + (_subs(self.__args__[-1], mapping),))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and args[0] is ...):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            flat = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        else:
            flat = (args, _type_check(result, ''))
        return _CallableGenericAlias(self.__origin__, flat, name=self._name, inst=self._inst)


def _callable_get_args(tp):
    args = tp.__args__
    if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateAlias))):
        return args
    return (list(args[:-1]), args[-1])


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params[:-1]) + (...,),
                                 name='Tuple', inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params),
                             name='Tuple', inst=False)


class _SpecialForm(_Final):
    # Any, Union, Optional, ClassVar, Final, Literal...: subscriptable markers.
    # No docstring: each instance has its own __doc__ slot.
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc or getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)


def _special_form(fn):
    return _SpecialForm(fn)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_special_form
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError('%s is not subscriptable' % self)


@_special_form
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError('%s is not subscriptable' % self)


@_special_form
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError('%s is not subscriptable' % self)


@_special_form
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError('%s is not subscriptable' % self)


@_special_form
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError('%s is not subscriptable' % self)


class _SingleArgForm(_GenericAlias):
    """ClassVar[int], Final[int], Required[...], TypeGuard[...]."""

    def copy_with(self, args):
        return _SingleArgForm(self.__origin__, args, name=self._name, inst=False)


def _single_arg(self, parameters, what=None):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        # CPython: _type_check's message, with the tuple it was given
        raise TypeError(f'{what or str(self) + " accepts only single type"}. Got {parameters!r:.100}.')
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _SingleArgForm(self, (_type_check(parameters, ''),), name=self._name, inst=False)


@_special_form
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _single_arg(self, parameters)


@_special_form
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _single_arg(self, parameters)


@_special_form
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    return _single_arg(self, parameters, f'{self._name} accepts only a single type')


@_special_form
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    return _single_arg(self, parameters, f'{self._name} accepts only a single type')


@_special_form
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    return _single_arg(self, parameters)


@_special_form
def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] is what *Ts means in a subscript or annotation."""
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f'{self} accepts only single type. Got {parameters!r:.100}.')
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _UnpackAlias(self, (_type_check(parameters, ''),), name='Unpack', inst=False)


class _UnpackAlias(_GenericAlias):
    """Unpack[Ts] (written *Ts) and Unpack[tuple[int, ...]]. CPython: _UnpackGenericAlias."""

    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])

    def copy_with(self, args):
        return _UnpackAlias(self.__origin__, args, name='Unpack', inst=False)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _variadic_mapping(owner, params, args):
    """{param: value} for substituting args for params, a TypeVarTuple among them taking the
    arguments left over by the others as a tuple. CPython: TypeVarTuple.__typing_prepare_subst__."""
    tvt = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if not tvt:
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few',
                               owner, len(args), len(params)))
        return dict(zip(params, args))
    i = tvt[0]
    after = len(params) - i - 1
    if len(args) < len(params) - 1:
        raise TypeError('Too few arguments for %s; actual %d, expected at least %d'
                        % (owner, len(args), len(params) - 1))
    mapping = dict(zip(params[:i], args[:i]))
    mapping[params[i]] = tuple(args[i:len(args) - after])
    mapping.update(zip(params[i + 1:], args[len(args) - after:]))
    return mapping


def _subs_args(args, mapping):
    """args with each type variable replaced, an unpacked TypeVarTuple spliced in."""
    out = []
    for a in args:
        if _is_unpacked_typevartuple(a) and a.__args__[0] in mapping:
            out.extend(mapping[a.__args__[0]])
        else:
            out.append(_subs(a, mapping))
    return tuple(out)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif isinstance(p, types.UnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    for p in flat:
        if p not in out:
            out.append(p)
    return tuple(out)


@_special_form
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, '') for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_special_form
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type. Got {parameters!r:.100}.")
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set(
            (type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


@_special_form
def Literal(self, parameters):
    """Special typing form to define literal types."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    for p in flat:
        if not any(type(p) is type(q) and p == q for q in out):
            out.append(p)
    return _LiteralGenericAlias(self, tuple(out), name='Literal', inst=False)


class _ConcatenateAlias(_GenericAlias):
    def copy_with(self, args):
        return _ConcatenateAlias(self.__origin__, args, name='Concatenate', inst=False)


@_special_form
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add parameters."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    return _ConcatenateAlias(self, parameters, name='Concatenate', inst=False)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, 'meta']."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], '')
        return _AnnotatedAlias(origin, tuple(params[1:]))


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""
    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        # CPython ForwardRef._evaluate checks the value as a type: "None" means NoneType,
        # a str is a further forward reference, a plain value is no type at all
        if value is None:
            return type(None)
        if isinstance(value, str):
            return ForwardRef(value)
        if type(value) is tuple:
            raise TypeError('Forward references must evaluate to types. Got %.100r.' % (value,))
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__covariant__', False):
            prefix = '+'
        elif getattr(self, '__contravariant__', False):
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__name__ not in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            raise TypeError("type '%s' is not an acceptable base type" % cls.__mro__[1].__name__)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_TypeVarLike):
    """Type variable: T = TypeVar('T'), TypeVar('N', int, float), TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(c, '') for c in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_subst__(self, arg):
        # what list[T][arg] puts in place of T (types.GenericAlias calls this)
        return _type_check(arg, 'Parameters to generic types must be types.')


class TypeVarTuple(_TypeVarLike):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        # marks a TypeVarTuple for types.GenericAlias, which substitutes it itself
        return args


class ParamSpecArgs:
    """The args of a ParamSpec: P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs:
    """The kwargs of a ParamSpec: P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_subst__(self, arg):
        if isinstance(arg, list):
            return tuple(_type_check(a, '') for a in arg)
        return arg


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not (isinstance(p, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(p)):
                    raise TypeError('Parameters to %s[...] must all be type variables '
                                    'or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError('%r is not a generic class' % (cls,))
            _variadic_mapping(cls, expected, params)  # checks the count
        return _GenericAlias(cls, params, inst=cls is not Generic and cls is not Protocol)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get('__orig_bases__', ())
        if Generic in cls.__bases__ and cls.__name__ != 'Protocol' and not orig:
            raise TypeError('Cannot inherit from plain Generic')
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                gvars = base.__parameters__
        tvars = list(_collect_parameters(orig))
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing),
                                   ', '.join(str(g) for g in gvars)))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


# ---- Protocol ---------------------------------------------------------------

_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__qualname__', '__init_subclass__',
    '__match_args__', '__abstractmethods__', '_abc_impl', '__non_callable_proto_members__',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs



def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    break
            else:
                return True
            if not _callable_members_only(cls):
                # the nominal check alone: issubclass() refuses such protocols
                return any(_abc.ABCMeta.__subclasscheck__(cls, c)
                           for c in {type(instance), instance.__class__})
            return super().__instancecheck__(instance)
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and cls is not Protocol:
            if not getattr(cls, '_is_runtime_protocol', False):
                if _caller_module() in ('abc', 'functools'):
                    # ABCMeta.register and singledispatch may ask (CPython's reckless class
                    # checks): the nominal answer, never the TypeError
                    return super().__subclasscheck__(other)
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return super().__subclasscheck__(other)
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of builtin and abc classes --------------------------------------

_abcs = collections.abc
Hashable = _SpecialGenericAlias(_abcs.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abcs.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abcs.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abcs.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abcs.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abcs.Iterable, 1)
Iterator = _SpecialGenericAlias(_abcs.Iterator, 1)
Reversible = _SpecialGenericAlias(_abcs.Reversible, 1)
Sized = _SpecialGenericAlias(_abcs.Sized, 0)
Container = _SpecialGenericAlias(_abcs.Container, 1)
Collection = _SpecialGenericAlias(_abcs.Collection, 1)
Callable = _CallableType(_abcs.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abcs.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abcs.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abcs.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abcs.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abcs.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abcs.MutableSequence, 1)
ByteString = _SpecialGenericAlias(getattr(_abcs, 'ByteString', bytes), 0, name='ByteString')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abcs.MappingView, 1)
KeysView = _SpecialGenericAlias(_abcs.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abcs.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abcs.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abcs.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abcs.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')


def _lazy_alias(name):
    # re and contextlib are imported only when these aliases are first used,
    # to keep `import typing` cheap at start-up.
    if name in ('Pattern', 'Match'):
        import re
        pattern = re.compile('')
        origin = type(pattern) if name == 'Pattern' else type(pattern.match(''))
    else:
        import contextlib
        origin = getattr(contextlib, 'Abstract' + name, object)
    return _SpecialGenericAlias(origin, 1, name=name)


def __getattr__(name):
    # PEP 562 module __getattr__. Thread safety: two threads may build the
    # alias at once; both results are equal and the later store wins.
    if name in ('Pattern', 'Match', 'ContextManager', 'AsyncContextManager'):
        alias = _lazy_alias(name)
        globals()[name] = alias
        return alias
    raise AttributeError("module 'typing' has no attribute %r" % (name,))

AnyStr = TypeVar('AnyStr', bytes, str)
Text = str
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ---- Supports* protocols ----------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __round__(self, ndigits=0):
        pass


# ---- NamedTuple and TypedDict ------------------------------------------------

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    # string annotations become ForwardRefs, None becomes NoneType (as CPython's _type_check)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = {
        n: _type_check(t, 'field annotation must be a type') for n, t in types_}
    return nm_tpl


class NamedTupleMeta(type):
    """Builds a collections.namedtuple from `class P(NamedTuple): x: int`."""

    def __new__(cls, typename, bases, ns, **kwds):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default '
                                'field%s %s' % (field_name, 's' if len(default_names) > 1 else '',
                                                ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, list(types_.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__'))
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in ('__annotations__', '__module__', '__qualname__', '__doc__',
                           '_root', '__orig_bases__') and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__']:
            nm_tpl.__doc__ = ns['__doc__']
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        for key in ns:
            value = ns[key]
            set_name = getattr(type(value), '__set_name__', None)
            if set_name is not None and key not in nm_tpl._fields:
                set_name(value, nm_tpl, key)
        if Generic in bases:
            # 3.11: class Pair(NamedTuple, Generic[T]) is a generic tuple subclass
            nm_tpl.__bases__ = tuple(tuple if b is NamedTuple else b for b in bases)
            nm_tpl.__orig_bases__ = ns['__orig_bases__']
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
            nm_tpl.__init_subclass__()
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to '
                            'NamedTuple, not both')
        return _make_nmtuple(typename, list(fields), module=_caller_module())


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class P(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        ns = {k: v for k, v in ns.items() if k != '_root'}
        # 3.11: a TypedDict may be generic (class TD(TypedDict, Generic[T]))
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    module = _caller_module(3)
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str."""
    _root = True


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---- functions ----------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints it at run time)."""
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


# module -> qualname -> first line -> the @overload-decorated function, as CPython keeps them.
# setdefault and item stores are atomic, so threads defining overloads at once lose none.
_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: recorded for get_overloads(), then replaced
    by a function that raises when called."""
    f = getattr(func, "__func__", func)  # classmethod and staticmethod
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass  # not a plain function: nothing to record
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get(f.__module__, {}).get(f.__qualname__, {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: annotations on arg are not type hints."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type, identity at run time."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        # a base whose __init_subclass__ explains that a NewType cannot be subclassed (bpo-46170)
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments of a subscripted type, with substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        return _callable_get_args(tp)
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        # CPython: _should_unflatten_callable_args, so Callable[P, int] stays (P, int)
        if (getattr(tp, '__origin__', None) is collections.abc.Callable
                and not (len(res) == 2 and _collections_abc._is_param_expr(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(t._evaluate(globalns, localns), globalns, localns)
    if isinstance(t, _LiteralGenericAlias):
        return t  # its arguments are values: Literal["DEBUG"] names no type
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        new_args = tuple(_eval_type(a, globalns, localns) if not isinstance(a, list)
                         else [_eval_type(x, globalns, localns) for x in a]
                         for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[new_args]
        return t.copy_with(new_args)
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if (isinstance(t, types.GenericAlias) and not getattr(t, '__unpacked__', False)
            and t.__origin__ is not _collections_abc.Callable):
        # list['Node'] names Node too (CPython _eval_type)
        new_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, new_args)
    if isinstance(t, types.UnionType):
        new_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        return functools.reduce(operator.or_, new_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _SingleArgForm) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the type hints of a function, method, module or class, strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
                base_globals = dict(base_globals)
                base_globals.update(base_locals)
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()
