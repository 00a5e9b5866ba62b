"""The plain-text page help() prints for classes, their instances, functions and methods.

Follows the layout of CPython's pydoc TextDoc (docclass, docroutine, docdata, docother), as
observed from CPython 3.11: the class line, signature, docstring, method resolution order, then
the attributes grouped by the class that defines them and by kind. render() returns None for
objects this module does not lay out (built-in types, modules), which help() renders itself.
"""

import builtins
import inspect
import re
import reprlib
import sys
import types

import _weft_stdlib

_HIDDEN = frozenset({
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__',
    '__spec__', '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__',
    '__slots__', '__version__'})
_RULE = '-' * 70
_STRIP_ID = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def render(thing):
    """'Help on ...' page for thing, or None when help() should use its built-in renderer."""
    if isinstance(thing, type):
        if not _is_python_class(thing):
            return None
        return _title('class ' + thing.__name__, _module_name(thing)) + _doc_class(thing)
    if isinstance(thing, types.FunctionType):
        return (_title('function ' + thing.__name__, _module_name(thing))
                + _doc_routine(thing))
    if isinstance(thing, types.MethodType) and isinstance(thing.__func__, types.FunctionType):
        return (_title('method ' + thing.__func__.__name__, _module_name(thing))
                + _doc_routine(thing))
    cls = type(thing)
    if _is_python_class(cls) and not _getdoc(thing):
        return _title(cls.__name__, _module_name(thing), ' object') + _doc_class(cls)
    return None


def _is_python_class(cls):
    return _weft_stdlib.is_heap_type(cls)


def _title(desc, module, suffix=''):
    if module:
        desc += ' in module ' + module
    return 'Help on %s%s:\n\n' % (desc, suffix)


def _module_name(obj):
    name = getattr(obj, '__module__', None)
    module = sys.modules.get(name) if isinstance(name, str) else None
    return module.__name__ if module is not None else None


# ---- docstrings (pydoc getdoc: own doc, else the doc of what it overrides) -------------------

def _own_doc(obj):
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        typedoc = type(obj).__doc__
        if isinstance(typedoc, str) and typedoc == doc:
            return None
    return doc


def _owner_class(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    return cls if isinstance(cls, type) else None


def _inherited_doc(obj):
    if isinstance(obj, types.MethodType):
        name = obj.__func__.__name__
        owner = obj.__self__
        if isinstance(owner, type) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__:
            cls = owner
        else:
            cls = type(owner)
    elif isinstance(obj, types.FunctionType):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if not isinstance(func, types.FunctionType):
            return None
        name = func.__name__
        cls = _owner_class(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return ''
    if not isinstance(doc, str):
        return ''
    return re.sub('^ *\n', '', inspect.cleandoc(doc).rstrip())


def _indent(text, prefix='    '):
    lines = [prefix + line for line in text.split('\n')]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


# ---- values (pydoc TextRepr) ----------------------------------------------------------------

def _cram(text, maxlen):
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


class _TextRepr(reprlib.Repr):
    def __init__(self):
        reprlib.Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return _cram(_STRIP_ID.sub(r'\1', repr(x)), self.maxother)

    def repr_string(self, x, level):
        test = _cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in testrepr.replace(r'\\', ''):
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return _cram(_STRIP_ID.sub(r'\1', repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


_repr = _TextRepr().repr


# ---- pages -------------------------------------------------------------------------------------

def _doc_routine(obj, name=None, cl=None):
    func = obj.__func__ if isinstance(obj, types.MethodType) else obj
    realname = func.__name__
    name = name or realname
    note = ''
    skipdocs = False
    if isinstance(obj, types.MethodType):
        imclass = obj.__self__.__class__
        if cl is not None:
            if imclass is not cl:
                note = ' from ' + _classname(imclass, None)
        else:
            note = ' method of %s instance' % _classname(obj.__self__.__class__, None)
    if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj):
        qualifier = 'async '
    else:
        qualifier = ''
    if name == realname:
        title = realname
    else:
        if cl is not None and inspect.getattr_static(cl, realname, []) is obj:
            skipdocs = True
        title = name + ' = ' + realname
    try:
        argspec = str(inspect.signature(obj))
    except (ValueError, TypeError):
        argspec = None
    if argspec and realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    if not argspec:
        argspec = '(...)'
    decl = qualifier + title + argspec + note
    if skipdocs:
        return decl + '\n'
    doc = _getdoc(obj)
    return decl + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _doc_data(obj, name):
    text = name + '\n'
    doc = _getdoc(obj)
    if doc:
        text += _indent(doc) + '\n'
    return text


def _doc_other(obj, name, doc):
    text = _repr(obj)
    line = name + ' = ' + text
    chop = 70 - len(line)
    if chop < 0:
        text = text[:chop] + '...'
    line = name + ' = ' + text
    if doc:
        line += '\n' + _indent(str(doc)) + '\n'
    return line


def _document(value, name, cls):
    if isinstance(value, (types.FunctionType, types.MethodType)):
        return _doc_routine(value, name, cls)
    if inspect.isroutine(value):
        return _doc_routine_builtin(value, name)
    if inspect.isdatadescriptor(value):
        return _doc_data(value, name)
    return _doc_other(value, name, None)


def _doc_routine_builtin(value, name):
    try:
        argspec = str(inspect.signature(value))
    except (ValueError, TypeError):
        argspec = '(...)'
    realname = getattr(value, '__name__', name)
    title = realname if name == realname else name + ' = ' + realname
    doc = _getdoc(value)
    return title + argspec + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _visible(name, cls):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(cls, '_fields'):
        return True
    return not name.startswith('_')


def _classify(cls):
    """(name, kind, defining class, value) for each visible attribute (inspect.classify_class_attrs)."""
    result = []
    for name in dir(cls):
        if not _visible(name, cls):
            continue
        home = None
        for base in cls.__mro__:
            if name in base.__dict__:
                home = base
                break
        if home is None:
            continue
        dict_obj = home.__dict__[name]
        try:
            obj = getattr(cls, name) if name != '__dict__' else dict_obj
        except Exception:
            obj = dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind, obj = 'static method', dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = 'class method', dict_obj
        elif isinstance(dict_obj, property):
            kind, obj = 'property', dict_obj
        elif inspect.isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        if inspect.isdatadescriptor(obj):
            kind = 'data descriptor'
            if isinstance(obj, property) and obj.fset is None:
                kind = 'readonly property'
        result.append((name, kind, home, obj))
    return result


def _doc_class(cls):
    realname = cls.__name__
    title = 'class ' + realname
    if cls.__bases__:
        title += '(%s)' % ', '.join(_classname(b, cls.__module__) for b in cls.__bases__)
    contents = []
    push = contents.append
    try:
        argspec = str(inspect.signature(cls))
    except (ValueError, TypeError):
        argspec = None
    if argspec and argspec != '()':
        push(realname + argspec + '\n')
    doc = _getdoc(cls)
    if doc:
        push(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + _classname(base, cls.__module__))
        push('')
    rule = [False]

    def section(msg, attrs, kind, render):
        ok = [a for a in attrs if a[1] == kind]
        if ok:
            if rule[0]:
                push(_RULE)
            rule[0] = True
            push(msg)
            for name, _, home, value in ok:
                push(render(name, home, value))
        return [a for a in attrs if a[1] != kind]

    def methods(name, home, value):
        try:
            value = getattr(cls, name)
        except Exception:
            pass
        return _document(value, name, cls)

    def data(name, home, value):
        try:
            obj = getattr(cls, name)
        except AttributeError:
            obj = home.__dict__[name]
        return _doc_other(obj, name, _getdoc(value)) + '\n'

    attrs = _classify(cls)
    fields = getattr(cls, '_fields', [])
    try:
        field_order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        field_order = {}
    while attrs:
        this = mro.pop(0) if mro else attrs[0][2]
        here = [a for a in attrs if a[2] is this]
        inherited = [a for a in attrs if a[2] is not this]
        if cls is not builtins.object and this is builtins.object:
            attrs = inherited
            continue
        tag = 'defined here' if this is cls else 'inherited from %s' % _classname(this, cls.__module__)
        here.sort(key=lambda a: (field_order.get(a[0], 0), a[0]))
        here = section('Methods %s:\n' % tag, here, 'method', methods)
        here = section('Class methods %s:\n' % tag, here, 'class method', methods)
        here = section('Static methods %s:\n' % tag, here, 'static method', methods)
        here = section('Readonly properties %s:\n' % tag, here, 'readonly property',
                       lambda n, h, v: _doc_data(v, n))
        here = section('Data descriptors %s:\n' % tag, here, 'data descriptor',
                       lambda n, h, v: _doc_data(v, n))
        here = section('Data and other attributes %s:\n' % tag, here, 'data', data)
        attrs = inherited
    text = '\n'.join(contents)
    if not text:
        return title + '\n'
    return title + '\n' + _indent(text.rstrip(), ' |  ') + '\n'
