"""Support for enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag).

Weft's own implementation, written from the documented behaviour of CPython 3.11.

Thread safety: an enum class is built once, by the thread that runs its class
statement, before any other thread can see it.  Afterwards the only mutation is
the caching of Flag pseudo-members (combinations of flags) in _value2member_map_;
that is a single dict store of an equivalent value, so a race between two
threads at worst builds two equal pseudo-members, one of which is kept.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_enum_name',
]

# Enum, Flag and ReprEnum do not exist while their own class statements run;
# the metaclass tests for them through these module globals.
Enum = Flag = ReprEnum = EJECT = None


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """A DynamicClassAttribute whose failed writes name the enum (like CPython's)."""

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            # What DynamicClassAttribute and property do for a member, in one call: member.value
            # and member.name are read in every loop over an enum.
            return self.fget(instance)
        return super().__get__(instance, ownerclass)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)


def _set_member_attribute(enum_class, name, member):
    """Make the member reachable as a class attribute, unless an enum.property of a base (such
    as Enum.name) already finds it there. CPython: _proto_member.__set_name__."""
    need_override = False
    descriptor = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is not None:
            if isinstance(descriptor, (property, DynamicClassAttribute)):
                break
            need_override = True
    if descriptor and not need_override:
        return
    if descriptor and need_override:
        redirect = property()
        redirect.__set_name__(enum_class, name)
        redirect.fget = descriptor.fget
        redirect.fset = descriptor.fset
        redirect.fdel = descriptor.fdel
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, member)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    # CPython enum._is_private: '_Cls__x' is a mangled private name unless it ends in '__'
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and (name[-1] != '_' or name[-2] != '_'))


# The sunder names an enum body may define; others are reserved (CPython _EnumDict.__setitem__).
_ENUM_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


class _EnumDict(dict):
    """The class namespace of an enum: records member names in definition order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass  # a mangled __name stays a plain attribute
        elif _is_sunder(key):
            if key not in _ENUM_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
            elif key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                if isinstance(value, staticmethod):
                    value = value.__func__
                dict.__setitem__(self, '_generate_next_value', value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        """Replace auto() (also inside a tuple value) by its generated value."""
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._next_value(key)
                self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def _next_value(self, key):
        gen = self.get('_generate_next_value')
        if gen is None:
            gen = _default_next_value
        return gen(key, 1, len(self._member_names), self._last_values[:])


def _default_next_value(name, start, count, last_values):
    # CPython 3.11: Enum._generate_next_value_ in enum.py: one more than the last value when that is
    # also the largest; otherwise (or when the values do not sort) a DeprecationWarning, then one
    # more than the last of the values *sorted* (the copy it was given is sorted in place)
    if not last_values:
        return start
    try:
        last = last_values[-1]
        last_values.sort()
        if last == last_values[-1]:
            return last + 1
        raise TypeError
    except TypeError:
        import warnings
        # stacklevel: past this helper, Enum._generate_next_value_ and the _EnumDict methods
        # that resolve auto(), to the class body, where CPython's stacklevel=3 lands
        warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be "
                "sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning,
                stacklevel=6,
                )
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last = max(last_values)
    try:
        high = last.bit_length() - 1
    except Exception:
        raise TypeError('invalid flag value %r' % last) from None
    return 2 ** (high + 1)


def _str_next_value(name, start, count, last_values):
    return name.lower()


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = _EnumDict()
        ns._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gen = getattr(first_enum, '_generate_next_value_', None)
            if gen is not None:
                dict.__setitem__(ns, '_generate_next_value', gen)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            # built by type(...) or types.new_class with a plain dict
            ns = metacls.__prepare__(cls, bases)
            for k, v in classdict.items():
                ns[k] = v
            classdict = ns
        member_names = list(classdict._member_names)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid_names)))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        body = {k: v for k, v in dict.items(classdict)
                if k not in classdict._member_names and k not in classdict._ignore}
        gen = body.pop('_generate_next_value', None)
        if gen is not None:
            body['_generate_next_value_'] = staticmethod(gen)
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)
        user_new = body.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body.setdefault('_value_repr_', metacls._find_value_repr_(member_type, bases))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if Flag is not None and issubclass(enum_class, Flag):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None) or STRICT
            type.__setattr__(enum_class, '_boundary_', boundary)
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_all_bits_', 0)
        new = metacls._find_new_(user_new, member_type, first_enum)
        for name in member_names:
            metacls._add_member_(enum_class, name, dict.__getitem__(classdict, name),
                                 new, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            metacls._finish_flag_(enum_class)
        if ReprEnum is not None and ReprEnum in bases:
            metacls._use_data_type_str_(enum_class, body, member_type)
        if Enum is not None and member_type is not object:
            metacls._keep_enum_methods_(enum_class, body, member_type, first_enum)
        if Enum is not None:
            # value lookup, not member creation, is what calling the class does
            if user_new is not None:
                type.__setattr__(enum_class, '__new_member__', user_new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if order:
            # CPython EnumType.__new__: _order_ need not list aliases, nor a Flag's multi-bit members
            members = enum_class._member_map_
            is_flag = Flag is not None and issubclass(enum_class, Flag)
            order = [o for o in order
                     if o not in members
                     or (o in enum_class._member_names_
                         and not (is_flag and not _is_single_bit(members[o]._value_)))]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _use_data_type_str_(enum_class, body, member_type):
        # A direct ReprEnum subclass keeps its data type's str() and format()
        # CPython: EnumType.__new__ ("special handling for ReprEnum") in enum.py
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        if '__format__' not in body:
            body['__format__'] = member_type.__format__
            type.__setattr__(enum_class, '__format__', member_type.__format__)
        if '__str__' not in body:
            method = member_type.__str__
            if method is object.__str__:
                # object.__str__ would call the enum's own __repr__
                method = member_type.__repr__
            body['__str__'] = method
            type.__setattr__(enum_class, '__str__', method)

    @staticmethod
    def _keep_enum_methods_(enum_class, body, member_type, first_enum):
        # A mixed-in data type must not replace Enum's repr/str/format
        # CPython: EnumType.__new__ in enum.py
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    @staticmethod
    def _find_new_(user_new, member_type, first_enum):
        if user_new is not None:
            return user_new
        if first_enum is not None:
            inherited = getattr(first_enum, '__new_member__', None)
            if inherited is not None:
                return inherited
        if member_type is object:
            return None
        return member_type.__new__

    @staticmethod
    def _find_value_repr_(member_type, bases):
        for base in bases:
            vr = getattr(base, '_value_repr_', None)
            if vr is not None:
                return vr
        if member_type is not object:
            return member_type.__repr__
        return None

    @staticmethod
    def _add_member_(enum_class, name, value, new, member_type):
        # CPython: EnumType.__new__ / _proto_member.__set_name__ in enum.py
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new is None:
            m = object.__new__(enum_class)
        else:
            m = new(enum_class, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = member_type(*args)
                except Exception:
                    m._value_ = value
        value = m._value_
        m._name_ = name
        m.__objclass__ = enum_class
        m.__init__(*args)
        m._sort_order_ = len(enum_class._member_names_)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if canonical is not None:
            m = canonical
        elif not is_flag or not isinstance(value, int) or _is_single_bit(value):
            # Flag iterates only over its single-bit members
            enum_class._member_names_.append(name)
        if is_flag and canonical is None and isinstance(value, int):
            if _is_single_bit(value):
                enum_class._flag_mask_ |= value
            elif value == 0 or value < 0:
                pass
            else:
                enum_class._all_bits_ |= value
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        if name not in enum_class.__dict__ or not _is_descriptor(enum_class.__dict__[name]):
            _set_member_attribute(enum_class, name, m)

    @staticmethod
    def _finish_flag_(enum_class):
        mask = enum_class._flag_mask_ | enum_class._all_bits_
        type.__setattr__(enum_class, '_flag_mask_', mask)
        all_bits = 2 ** mask.bit_length() - 1 if mask else 0
        type.__setattr__(enum_class, '_all_bits_', all_bits)

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """Return (member data type, the last Enum base) for an enum's bases."""
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            if Enum is None:
                return object, None
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return metacls._find_data_type_(class_name, bases), first_enum

    @staticmethod
    def _find_data_type_(class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(set(data_types)) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types[0] if data_types else object

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C')."""
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            gen = cls._generate_next_value_
            for count, name in enumerate(original):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = ['__class__', '__doc__', '__members__', '__module__']
        names += ['__contains__', '__getitem__', '__iter__', '__len__',
                  '__name__', '__qualname__', '__init_subclass__']
        names += cls._member_names_
        if cls._member_type_ is not object:
            # a mixed-in data type (IntEnum: int) shows its own attributes too
            return sorted(set(dir(cls._member_type_)) | set(names))
        return sorted(set(names))

    def __getattr__(cls, name):
        # CPython 3.11 EnumType.__getattr__: a missing name is reported by itself
        # ("AttributeError: BLUE"), not as "type object 'Color' has no attribute"
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return type.__getattribute__(cls, '_member_map_')[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # CPython: Enum.__new__ in enum.py (value lookup)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for k in cls.__dict__:
                if k[0] != '_' and k not in type(self)._member_map_:
                    names.append(k)
        names += [k for k in self.__dict__ if k[0] != '_']
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    __str__ = str.__str__
    __format__ = str.__format__

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag handles values outside its defined bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & , ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        return _flag_next_value(name, start, count, last_values)

    @classmethod
    def _iter_member_(cls, value):
        # definition order, as CPython 3.11 iterates flags
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        # CPython: Flag._missing_ in enum.py (pseudo-members for combinations)
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        boundary = cls._boundary_
        # as CPython 3.11: the boundary acts on the value as given (a negative one included:
        # EJECT returns ~E.A as the plain int -2), and only then is a negative value folded
        # into the class's bits
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%s invalid value %r\n    given %s\n  allowed %s' % (
                    repr(cls), value, _bin(value, bits), _bin(flag_mask, bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP and value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                # bits no member names are written with the class's _numeric_repr_ (re: hex)
                names.append((getattr(cls, '_numeric_repr_', None) or repr)(unknown))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None  # no member bit at all: the repr shows the bare value
        pseudo._sort_order_ = -1
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count('1')

    def __repr__(self):
        cls_name = type(self).__name__
        v_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        # CPython 3.11: KEEP and EJECT flags invert every bit (the negative value is folded into
        # the class's bit width by _missing_: ~Q.A of an IntFlag with 1, 2, 8 is Q.B|C|4);
        # the others only the members' bits
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


type.__setattr__(Flag, '_boundary_', STRICT)
type.__setattr__(Flag, '_flag_mask_', 0)
type.__setattr__(Flag, '_all_bits_', 0)


def _bin(num, width):
    """'0b0 0111'-style binary used in Flag's error messages."""
    # CPython's enum.bin: a sign bit, then two's complement digits sign-extended to width
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (2 * ceiling - 1))
    sign, digits = s[:3], s[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return sign + ' ' + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    __str__ = int.__repr__
    __format__ = int.__format__

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator: raise ValueError when any value has an alias."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _iter_bits_lsb(num):
    # the set bits of a non-negative int (or a Flag's value), lowest first
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        # CPython: enum.verify.__call__, with its messages
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, enum_type)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if aliases:
        raise ValueError('aliases found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))


def _verify_continuous(enumeration, enum_type):
    values = set(m.value for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if enum_type == 'flag':
        # every power of two between the lowest and highest bit
        candidates = (2 ** i for i in range(low.bit_length(), high.bit_length() - 1))
    else:
        candidates = range(low + 1, high)
    missing = [v for v in candidates if v not in values]
    if missing:
        raise ValueError(('invalid %s %r: missing values %s'
                          % (enum_type, enumeration.__name__,
                             ', '.join(str(m) for m in missing)))[:256])


def _verify_named_flags(enumeration):
    # every bit of every alias must belong to a named member
    member_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
        if missed:
            missing_names.append(name)
            for v in missed:
                missing_value |= v
    if missing_names:
        if len(missing_names) == 1:
            alias = 'alias %s is missing' % missing_names[0]
        else:
            alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]),
                                                       missing_names[-1])
        if _is_single_bit(missing_value):
            value = 'value 0x%x' % missing_value
        else:
            value = 'combined values of 0x%x' % missing_value
        raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                         % (enumeration.__name__, alias, value))


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.rpartition('.')[2]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # unnamed bits (a number, as 0x400) are shown without the module prefix
    return '|'.join(n if n[:1].isdigit() else '%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members to the module's namespace."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
