"""The pretty printer behind ``text/plain`` in a notebook, as IPython's ``IPython.lib.pretty``.

Long containers break over several lines at 79 columns, one item per line, indented under their
opening bracket; objects without a ``__repr__`` of their own show as ``<module.Class at 0x...>``,
functions with their signature, classes by their dotted name. Objects take part through
``_repr_pretty_(self, p, cycle)``, calling ``p.text``, ``p.breakable``, ``p.pretty`` and
``p.group``, exactly as with IPython.

The layout is the one IPython uses (Wadler's "prettier printer" with groups that break outermost
first), so a notebook's output reads the same under Weft as under ipykernel.
"""

import io
import types
from collections import deque
from contextlib import contextmanager

__all__ = ["pretty", "pprint", "PrettyPrinter", "RepresentationPrinter", "for_type", "for_type_by_name"]

MAX_SEQ_LENGTH = 1000


def pretty(obj, verbose=False, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
    """The pretty text of ``obj``."""
    stream = io.StringIO()
    printer = RepresentationPrinter(stream, verbose, max_width, newline, max_seq_length=max_seq_length)
    printer.pretty(obj)
    printer.flush()
    return stream.getvalue()


def pprint(obj, verbose=False, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
    """Prints the pretty text of ``obj``."""
    print(pretty(obj, verbose, max_width, newline, max_seq_length))


class _Text:
    """Text waiting in the buffer."""

    def __init__(self):
        self.objs = []
        self.width = 0

    def output(self, stream, output_width):
        for obj in self.objs:
            stream.write(obj)
        return output_width + self.width

    def add(self, obj, width):
        self.objs.append(obj)
        self.width += width


class _Breakable:
    """A place where the line may break, owned by the group it was made in."""

    def __init__(self, sep, width, printer):
        self.obj = sep
        self.width = width
        self.printer = printer
        self.indentation = printer.indentation
        self.group = printer.group_stack[-1]
        self.group.breakables.append(self)

    def output(self, stream, output_width):
        self.group.breakables.popleft()
        if self.group.want_break:
            stream.write(self.printer.newline)
            stream.write(" " * self.indentation)
            return self.indentation
        if not self.group.breakables:
            self.printer.group_queue.remove(self.group)
        stream.write(self.obj)
        return output_width + self.width


class _Group:
    def __init__(self, depth):
        self.depth = depth
        self.breakables = deque()
        self.want_break = False


class _GroupQueue:
    """Open groups by depth: the outermost with breakables breaks first."""

    def __init__(self, *groups):
        self.queue = []
        for group in groups:
            self.enq(group)

    def enq(self, group):
        while group.depth > len(self.queue) - 1:
            self.queue.append([])
        self.queue[group.depth].append(group)

    def deq(self):
        for stack in self.queue:
            for idx, group in enumerate(reversed(stack)):
                if group.breakables:
                    # IPython deletes by this (reversed) index; kept so layouts match it exactly.
                    del stack[idx]
                    group.want_break = True
                    return group
            for group in stack:
                group.want_break = True
            del stack[:]
        return None

    def remove(self, group):
        try:
            self.queue[group.depth].remove(group)
        except ValueError:
            pass


class PrettyPrinter:
    """Lays out text, breakables and groups within ``max_width`` columns."""

    def __init__(self, output, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
        self.output = output
        self.max_width = max_width
        self.newline = newline
        self.max_seq_length = max_seq_length
        self.output_width = 0
        self.buffer_width = 0
        self.buffer = deque()
        root = _Group(0)
        self.group_stack = [root]
        self.group_queue = _GroupQueue(root)
        self.indentation = 0

    def _break_one_group(self, group):
        while group.breakables:
            x = self.buffer.popleft()
            self.output_width = x.output(self.output, self.output_width)
            self.buffer_width -= x.width
        while self.buffer and isinstance(self.buffer[0], _Text):
            x = self.buffer.popleft()
            self.output_width = x.output(self.output, self.output_width)
            self.buffer_width -= x.width

    def _break_outer_groups(self):
        while self.max_width < self.output_width + self.buffer_width:
            group = self.group_queue.deq()
            if not group:
                return
            self._break_one_group(group)

    def text(self, obj):
        """Adds literal text."""
        width = len(obj)
        if self.buffer:
            text = self.buffer[-1]
            if not isinstance(text, _Text):
                text = _Text()
                self.buffer.append(text)
            text.add(obj, width)
            self.buffer_width += width
            self._break_outer_groups()
        else:
            self.output.write(obj)
            self.output_width += width

    def breakable(self, sep=" "):
        """A separator, or a line break with indentation when the group does not fit."""
        width = len(sep)
        group = self.group_stack[-1]
        if group.want_break:
            self.flush()
            self.output.write(self.newline)
            self.output.write(" " * self.indentation)
            self.output_width = self.indentation
            self.buffer_width = 0
        else:
            self.buffer.append(_Breakable(sep, width, self))
            self.buffer_width += width
            self._break_outer_groups()

    def break_(self):
        """An unconditional line break."""
        group = self.group_queue.deq()
        if group:
            self._break_one_group(group)
        self.flush()
        self.output.write(self.newline)
        self.output.write(" " * self.indentation)
        self.output_width = self.indentation
        self.buffer_width = 0

    def indent(self, indent):
        """``with p.indent(2):`` indents what is printed inside."""
        return self.group(indent)

    @contextmanager
    def group(self, indent=0, open="", close=""):
        """``with p.group(1, '[', ']'):`` a group that breaks as one."""
        self.begin_group(indent, open)
        try:
            yield
        finally:
            self.end_group(indent, close)

    def begin_group(self, indent=0, open=""):
        if open:
            self.text(open)
        group = _Group(self.group_stack[-1].depth + 1)
        self.group_stack.append(group)
        self.group_queue.enq(group)
        self.indentation += indent

    def end_group(self, dedent=0, close=""):
        self.indentation -= dedent
        group = self.group_stack.pop()
        if not group.breakables:
            self.group_queue.remove(group)
        if close:
            self.text(close)

    def _enumerate(self, seq):
        """Enumerates at most max_seq_length items, then an ellipsis."""
        for idx, x in enumerate(seq):
            if self.max_seq_length and idx >= self.max_seq_length:
                self.text(",")
                self.breakable()
                self.text("...")
                return
            yield idx, x

    def flush(self):
        """Writes what the buffer holds."""
        for data in self.buffer:
            self.output_width = data.output(self.output, self.output_width)
        self.buffer.clear()
        self.buffer_width = 0


def _safe_getattr(obj, attr, default=None):
    try:
        return getattr(obj, attr, default)
    except Exception:
        return default


def _mro(cls):
    try:
        mro = cls.__mro__
    except AttributeError:
        return [cls, object]
    return list(mro)


class RepresentationPrinter(PrettyPrinter):
    """A PrettyPrinter that knows how to print Python objects (``p.pretty(obj)``)."""

    def __init__(self, output, verbose=False, max_width=79, newline="\n",
                 singleton_pprinters=None, type_pprinters=None, deferred_pprinters=None,
                 max_seq_length=MAX_SEQ_LENGTH):
        super().__init__(output, max_width, newline, max_seq_length=max_seq_length)
        self.verbose = verbose
        self.stack = []
        self.singleton_pprinters = dict(_singleton_pprinters if singleton_pprinters is None
                                        else singleton_pprinters)
        self.type_pprinters = dict(_type_pprinters if type_pprinters is None else type_pprinters)
        self.deferred_pprinters = dict(_deferred_type_pprinters if deferred_pprinters is None
                                       else deferred_pprinters)

    def pretty(self, obj):
        """Adds the pretty form of ``obj``."""
        obj_id = id(obj)
        cycle = obj_id in self.stack
        self.stack.append(obj_id)
        self.begin_group()
        try:
            cls = _safe_getattr(obj, "__class__", None) or type(obj)
            try:
                printer = self.singleton_pprinters[obj_id]
            except (TypeError, KeyError):
                pass
            else:
                return printer(obj, self, cycle)
            for base in _mro(cls):
                if base in self.type_pprinters:
                    return self.type_pprinters[base](obj, self, cycle)
                printer = self._in_deferred_types(base)
                if printer is not None:
                    return printer(obj, self, cycle)
                if "_repr_pretty_" in base.__dict__:
                    meth = base._repr_pretty_
                    if callable(meth):
                        return meth(obj, self, cycle)
                if base is not object and callable(base.__dict__.get("__repr__")):
                    return _repr_pprint(obj, self, cycle)
            return _default_pprint(obj, self, cycle)
        finally:
            self.end_group()
            self.stack.pop()

    def _in_deferred_types(self, cls):
        key = (_safe_getattr(cls, "__module__"), _safe_getattr(cls, "__name__"))
        if key in self.deferred_pprinters:
            printer = self.deferred_pprinters.pop(key)
            self.type_pprinters[cls] = printer
            return printer
        return None


def _default_pprint(obj, p, cycle):
    """``<module.Class at 0x...>`` for objects without a repr of their own."""
    klass = _safe_getattr(obj, "__class__", None) or type(obj)
    if _safe_getattr(klass, "__repr__", None) is not object.__repr__:
        _repr_pprint(obj, p, cycle)
        return
    p.begin_group(1, "<")
    p.pretty(klass)
    p.text(" at 0x%x" % id(obj))
    if cycle:
        p.text(" ...")
    p.end_group(1, ">")


def _seq_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text(start + "..." + end)
        step = len(start)
        p.begin_group(step, start)
        for idx, x in p._enumerate(obj):
            if idx:
                p.text(",")
                p.breakable()
            p.pretty(x)
        if len(obj) == 1 and isinstance(obj, tuple):
            p.text(",")
        p.end_group(step, end)
    return inner


def _sorted_for_pprint(items):
    items = list(items)
    try:
        return sorted(items)
    except Exception:
        try:
            return sorted(items, key=str)
        except Exception:
            return items


def _set_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text(start + "..." + end)
        if len(obj) == 0:
            p.text(type(obj).__name__ + "()")
            return
        step = len(start)
        p.begin_group(step, start)
        items = obj if p.max_seq_length and len(obj) >= p.max_seq_length else _sorted_for_pprint(obj)
        for idx, x in p._enumerate(items):
            if idx:
                p.text(",")
                p.breakable()
            p.pretty(x)
        p.end_group(step, end)
    return inner


def _dict_pprinter_factory(start, end):
    def inner(obj, p, cycle):
        if cycle:
            return p.text("{...}")
        step = len(start)
        p.begin_group(step, start)
        for idx, key in p._enumerate(obj.keys()):
            if idx:
                p.text(",")
                p.breakable()
            p.pretty(key)
            p.text(": ")
            p.pretty(obj[key])
        p.end_group(step, end)
    return inner


def _own_repr(basetype, printer):
    """A printer for a built-in container that yields to a subclass's own __repr__."""
    def inner(obj, p, cycle):
        typ = type(obj)
        if typ is not basetype and typ.__repr__ != basetype.__repr__:
            return p.text(typ.__repr__(obj))
        return printer(obj, p, cycle)
    return inner


def _super_pprint(obj, p, cycle):
    p.begin_group(8, "<super: ")
    p.pretty(obj.__thisclass__)
    p.text(",")
    p.breakable()
    p.pretty(obj.__self__)
    p.end_group(8, ">")


def _type_pprint(obj, p, cycle):
    """Classes by their dotted name: ``int``, ``collections.OrderedDict``, ``__main__.A``."""
    if [m for m in _mro(type(obj)) if "__repr__" in vars(m)][:1] != [type]:
        _repr_pprint(obj, p, cycle)
        return
    mod = _safe_getattr(obj, "__module__", None)
    name = _safe_getattr(obj, "__qualname__", None)
    if not isinstance(name, str):
        name = _safe_getattr(obj, "__name__", "<unknown type>")
    if mod in (None, "__builtin__", "builtins", "exceptions"):
        p.text(name)
    else:
        p.text(mod + "." + name)


def _repr_pprint(obj, p, cycle):
    """The object's own repr, its lines kept apart."""
    output = repr(obj)
    lines = output.splitlines()
    with p.group():
        for idx, line in enumerate(lines):
            if idx:
                p.break_()
            p.text(line)


def _function_pprint(obj, p, cycle):
    """``<function module.name(signature)>``."""
    name = _safe_getattr(obj, "__qualname__", None) or obj.__name__
    mod = obj.__module__
    if mod and mod not in ("__builtin__", "builtins", "exceptions"):
        name = mod + "." + name
    try:
        from inspect import signature
        func_def = name + str(signature(obj))
    except (ValueError, TypeError):
        func_def = name
    p.text("<function %s>" % func_def)


def _exception_pprint(obj, p, cycle):
    """``ValueError('x', 2)``, with the arguments pretty-printed."""
    name = getattr(obj.__class__, "__qualname__", obj.__class__.__name__)
    if obj.__class__.__module__ not in ("exceptions", "builtins"):
        name = "%s.%s" % (obj.__class__.__module__, name)
    step = len(name) + 1
    p.begin_group(step, name + "(")
    for idx, arg in enumerate(getattr(obj, "args", ())):
        if idx:
            p.text(",")
            p.breakable()
        p.pretty(arg)
    p.end_group(step, ")")


def _defaultdict_pprint(obj, p, cycle):
    name = obj.__class__.__name__
    with p.group(len(name) + 1, name + "(", ")"):
        if cycle:
            p.text("...")
        else:
            p.pretty(obj.default_factory)
            p.text(",")
            p.breakable()
            p.pretty(dict(obj))


def _ordereddict_pprint(obj, p, cycle):
    name = obj.__class__.__name__
    with p.group(len(name) + 1, name + "(", ")"):
        if cycle:
            p.text("...")
        elif len(obj):
            p.pretty(list(obj.items()))


def _deque_pprint(obj, p, cycle):
    name = obj.__class__.__name__
    with p.group(len(name) + 1, name + "(", ")"):
        if cycle:
            p.text("...")
        else:
            p.pretty(list(obj))


def _counter_pprint(obj, p, cycle):
    name = obj.__class__.__name__
    with p.group(len(name) + 1, name + "(", ")"):
        if cycle:
            p.text("...")
        elif len(obj):
            p.pretty(dict(obj))


_type_pprinters = {
    int: _repr_pprint,
    float: _repr_pprint,
    str: _repr_pprint,
    tuple: _own_repr(tuple, _seq_pprinter_factory("(", ")")),
    list: _own_repr(list, _seq_pprinter_factory("[", "]")),
    dict: _own_repr(dict, _dict_pprinter_factory("{", "}")),
    set: _own_repr(set, _set_pprinter_factory("{", "}")),
    frozenset: _own_repr(frozenset, _set_pprinter_factory("frozenset({", "})")),
    super: _super_pprint,
    type: _type_pprint,
    types.FunctionType: _function_pprint,
    types.BuiltinFunctionType: _function_pprint,
    types.MethodType: _repr_pprint,
    BaseException: _exception_pprint,
    slice: _repr_pprint,
    range: _repr_pprint,
    bytes: _repr_pprint,
}

_deferred_type_pprinters = {
    ("collections", "defaultdict"): _defaultdict_pprint,
    ("collections", "OrderedDict"): _ordereddict_pprint,
    ("collections", "deque"): _deque_pprint,
    ("collections", "Counter"): _counter_pprint,
}

_singleton_pprinters = dict.fromkeys(map(id, [None, True, False, Ellipsis, NotImplemented]), _repr_pprint)


def for_type(typ, func):
    """Registers ``func(obj, p, cycle)`` as the printer of ``typ``; returns the old one."""
    old = _type_pprinters.get(typ)
    if func is not None:
        _type_pprinters[typ] = func
    return old


def for_type_by_name(type_module, type_name, func):
    """As for_type, for a type named by module and name (imported only when seen)."""
    key = (type_module, type_name)
    old = _deferred_type_pprinters.get(key)
    if func is not None:
        _deferred_type_pprinters[key] = func
    return old
