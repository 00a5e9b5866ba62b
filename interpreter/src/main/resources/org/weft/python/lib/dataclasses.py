"""Generate special methods (__init__, __repr__, __eq__, ...) for classes of fields.

Weft's own implementation, written from the documented behaviour of CPython 3.11.
The methods are built as source text and exec'd once per class, so an instance
call runs ordinary compiled Python with no per-call interpretation of fields.

Thread safety: decorating a class mutates only that class, before it is shared.
The module has no mutable global state; the recursion guard of __repr__ is
keyed on (id(self), thread id), so threads printing the same object concurrently
do not see each other's in-progress marks.
"""

import sys
import copy
import types
import keyword
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Marks an __init__-only pseudo-field: InitVar[int]."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__qualname__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass; see field()."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default, default_factory and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """Return a tuple of the Field objects of a dataclass or instance (no ClassVar/InitVar)."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


# ---- annotations: ClassVar / InitVar / KW_ONLY detection --------------------

def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type):
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _word(text, i):
    # the run of \w characters at text[i:], and where it ends
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == '_'):
        j += 1
    return text[i:j], j


def _module_and_name(annotation):
    """'mod.Name[...]' as ('mod', 'Name'), 'Name[...]' as (None, 'Name'); None if neither.
    CPython matches r'^(?:\s*(\w+)\s*\.)?\s*(\w+)'."""
    i = len(annotation) - len(annotation.lstrip())
    first, j = _word(annotation, i)
    if first:
        k = len(annotation) - len(annotation[j:].lstrip())
        if annotation[k:k + 1] == '.':
            k += 1
            k = len(annotation) - len(annotation[k:].lstrip())
            second, _ = _word(annotation, k)
            if second:
                return first, second
        return None, first
    return None


def _is_type(annotation, cls, a_module, predicate):
    """Whether a string annotation names a_module's marker (ClassVar, InitVar, KW_ONLY) as the
    class's module sees it: 'ClassVar[int]' after 'from typing import ClassVar', or
    't.ClassVar[int]' after 'import typing as t'. CPython: _is_type in dataclasses.py."""
    parts = _module_and_name(annotation)
    if parts is None:
        return False
    module_name, name = parts
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    if module_name is None:
        namespace = module.__dict__
    elif module.__dict__.get(module_name) is a_module:
        namespace = a_module.__dict__  # 't.ClassVar': the name as the marker's module has it
    else:
        return False
    return predicate(namespace.get(name))


def _field_kind_classvar(cls, a_type):
    if _is_classvar(a_type):
        return True
    typing = sys.modules.get('typing')
    return isinstance(a_type, str) and typing is not None and _is_type(a_type, cls, typing, _is_classvar)


def _field_kind_initvar(cls, a_type):
    if _is_initvar(a_type):
        return True
    return isinstance(a_type, str) and _is_type(a_type, cls, sys.modules[__name__], _is_initvar)


def _field_kind_kw_only(cls, a_type):
    if _is_kw_only(a_type):
        return True
    return isinstance(a_type, str) and _is_type(a_type, cls, sys.modules[__name__], _is_kw_only)


def _get_field(cls, a_name, a_type, default_kw_only):
    # CPython: _get_field in dataclasses.py
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _field_kind_classvar(cls, a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _field_kind_initvar(cls, a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


# ---- code generation --------------------------------------------------------

def _create_fn(cls, name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """exec 'def name(args): body' with `locals` visible as closure variables."""
    locals = dict(locals or {})
    return_annotation = ''
    if return_type is not MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    local_vars = ', '.join(locals)
    body_txt = '\n'.join('  ' + b for b in body) or '  pass'
    txt = ' def %s(%s)%s:\n%s' % (name, ', '.join(args), return_annotation, body_txt)
    txt = 'def __create_fn__(%s):\n%s\n return %s' % (local_vars, txt, name)
    ns = {}
    exec(txt, globals if globals is not None else {}, ns)
    fn = ns['__create_fn__'](**locals)
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_init(f, frozen, locals, self_name, slots):
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        if f.init:
            locals[default_name] = f.default_factory
            value = ('%s() if %s is _HAS_DEFAULT_FACTORY else %s'
                     % (default_name, f.name, f.name))
        else:
            locals[default_name] = f.default_factory
            value = '%s()' % default_name
    else:
        if f.init:
            if f.default is not MISSING:
                locals[default_name] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals[default_name] = f.default
            value = default_name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=_dflt_' + f.name
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return '%s:_type_%s%s' % (f.name, f.name, default)


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    locals = {'_type_' + f.name: f.type for f in fields}
    locals.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                   '__dataclass_builtins_object__': object})
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params))
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn(cls, '__init__', args, body, locals=locals, globals=globals,
                      return_type=None)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _recursive_repr(fn):
    # CPython: reprlib.recursive_repr; keyed per thread (see module docstring)
    running = set()

    def wrapper(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    # the attributes reprlib.recursive_repr copies
    wrapper.__module__ = fn.__module__
    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__annotations__ = fn.__annotations__
    # pprint recognises a generated repr by __wrapped__, a function made inside __create_fn__
    fn.__qualname__ = '__create_fn__.<locals>.' + fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def _repr_fn(cls, fields, globals):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields)
    fn = _create_fn(cls, '__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(%s)"' % parts],
                    globals=globals)
    return _recursive_repr(fn)


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in fields)


def _cmp_fn(cls, name, op, self_tuple, other_tuple, globals):
    return _create_fn(cls, name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'], globals=globals)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ''.join('%r,' % f.name for f in fields) + ')' if fields else '()'
    cond = 'type(self) is cls or name in %s' % names
    setattr_fn = _create_fn(cls, '__setattr__', ('self', 'name', 'value'), [
        'if %s:' % cond,
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], locals=locals, globals=globals)
    delattr_fn = _create_fn(cls, '__delattr__', ('self', 'name'), [
        'if %s:' % cond,
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], locals=locals, globals=globals)
    return setattr_fn, delattr_fn


def _hash_fn(cls, fields, globals):
    return _create_fn(cls, '__hash__', ('self',),
                      ['return hash(%s)' % _tuple_str('self', fields)], globals=globals)


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    # CPython: the _hash_action table in dataclasses.py
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        return _hash_fn(cls, flds, globals)
    if eq and frozen:
        return None if has_explicit_hash else _hash_fn(cls, flds, globals)
    if eq and not frozen:
        return MISSING if has_explicit_hash else None
    return MISSING


# ---- the decorator ----------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot=False):
    fields = {}
    globals = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = kw_only
    for name, a_type in cls_annotations.items():
        if _field_kind_kw_only(cls, a_type):
            if kw_only_seen is True and kw_only is not True:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_seen))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    own_init = False
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        own_init = not _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
            has_post_init, '__dataclass_self__' if 'self' in fields else 'self',
            globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr],
                                                     globals))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(
            cls, '__eq__', '==', _tuple_str('self', cmp_fields),
            _tuple_str('other', cmp_fields), globals))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        st, ot = _tuple_str('self', cmp_fields), _tuple_str('other', cmp_fields)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, st, ot, globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_value = _hash_action(cls, field_list, globals, unsafe_hash, eq, frozen,
                              has_explicit_hash)
    if hash_value is not MISSING:
        cls.__hash__ = hash_value

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature_text(cls, own_init, std_init_fields,
                                                           kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _class_signature_text(cls, own_init, std_fields, kw_fields):
    """str(inspect.signature(cls)) less ' -> None', as CPython's class docstring. When the signature
    is our generated __init__'s (nothing earlier in the way: a metaclass __call__ or a __new__), it
    is formatted here, since importing inspect would cost more than making the class."""
    meta_call = any('__call__' in vars(m) for m in type(cls).__mro__ if m not in (type, object))
    if not own_init or meta_call or '__new__' in cls.__dict__:
        import inspect
        try:
            return str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            return ''
    parts = [_parameter_text(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(_parameter_text(f) for f in kw_fields)
    return '(' + ', '.join(parts) + ')'


def _parameter_text(f):
    # CPython: inspect.Parameter.__str__ of the generated __init__'s parameter
    text = '%s: %s' % (f.name, _format_annotation(f.type))
    if f.default is not MISSING:
        return '%s = %r' % (text, f.default)
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    return text


def _format_annotation(annotation):
    # CPython: inspect.formatannotation, with no base module
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefixes(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing_prefixes(text):
    # re.sub(r'[\w\.]+', <drop a leading 'typing.'>, text) without importing re
    out = []
    word = []
    for ch in text + ' ':
        if ch.isalnum() or ch in '_.':
            word.append(ch)
            continue
        if word:
            w = ''.join(word)
            out.append(w[7:] if w.startswith('typing.') else w)
            word = []
        out.append(ch)
    return ''.join(out)[:-1]


def _get_slots(cls):
    # the slot names a class itself declares (a lone string is one name)
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # A class's __slots__ cannot change after creation: build a new class.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(_get_slots(b))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    # the generated methods close over the old class; rebind them
    for name in ('__setattr__', '__delattr__'):
        if is_frozen and name in cls_dict:
            fn = _frozen_get_del_attr(new_cls, fields(new_cls), {})
            new_cls.__setattr__, new_cls.__delattr__ = fn
            break
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more, on request) to a class with annotations."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---- conversion -------------------------------------------------------------

def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name from (name[, type[, Field]]) specs."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    # As in 3.11 (no module= yet): the class is made inside types.new_class, so its
    # __module__ is 'types'.
    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
