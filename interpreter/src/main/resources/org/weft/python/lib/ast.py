"""Abstract Syntax Trees: parse Python source into node objects, inspect, change and print them.

The node classes come from _ast; the tree from Weft's own parser. This module adds what
CPython's ast.py offers on top: parse, literal_eval, dump, the location helpers, walking,
visitors and transformers, and unparse.
"""

import sys
from _ast import *
from _ast import _LOCATION


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node: compile(source, filename, mode, PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError("Unsupported major version: %d" % major)
    return compile(source, filename, mode, flags)


# ---- literal_eval ------------------------------------------------------------------------

def _malformed(node):
    message = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        message += f' on line {line}'
    raise ValueError(f'{message}: {node!r}')


def _number(node):
    if not (isinstance(node, Constant) and type(node.value) in (int, float, complex)):
        _malformed(node)
    return node.value


def _signed_number(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(x) for x in node.elts)
    if isinstance(node, List):
        return [_literal(x) for x in node.elts]
    if isinstance(node, Set):
        return {_literal(x) for x in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _signed_number(node)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display
    (strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None, Ellipsis)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


# ---- dump --------------------------------------------------------------------------------

class _Dumper:
    """ast.dump's formatting. A node goes on one line when its fields are all 'simple' (no
    nested non-empty node or list) and at most three; otherwise, with an indent, one per line."""

    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate = annotate_fields
        self.attributes = include_attributes
        self.indent = indent

    def format(self, value, depth):
        # One frame per tree level (no helper calls in between), so that deep trees fit the
        # recursion limit as they do in CPython.
        if isinstance(value, list):
            if not value:
                return '[]', True
            return self.joined('[', [self.format(x, depth + 1)[0] for x in value], ']', depth), False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = self.annotate
        names = [(name, False) for name in value._fields]
        if self.attributes:
            names += [(name, True) for name in value._attributes]
        for name, is_attribute in names:
            if not hasattr(value, name):
                named = named or not is_attribute   # a gap: later fields must be named
                continue
            item = getattr(value, name)
            if item is None and getattr(cls, name, ...) is None:
                named = named or not is_attribute
                continue
            text, is_simple = self.format(item, depth + 1)
            simple = simple and is_simple
            parts.append(f'{name}={text}' if named or is_attribute else text)
        if simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return self.joined(cls.__name__ + '(', parts, ')', depth), False

    def joined(self, opening, parts, closing, depth):
        if self.indent is None:
            return opening + ', '.join(parts) + closing
        pad = '\n' + self.indent * (depth + 1)
        return opening + pad + (',' + pad).join(parts) + closing


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted string of the tree in node, for debugging."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).format(node, 0)[0]


# ---- locations ---------------------------------------------------------------------------

def copy_location(new_node, old_node):
    """Copy the source location (lineno, col_offset, end_lineno, end_col_offset) of old_node
    to new_node where both have such attributes; return new_node."""
    for name in _LOCATION:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node that lacks a location its parent's, starting at line 1 column 0."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and everything below it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


# ---- traversal ---------------------------------------------------------------------------

def iter_fields(node):
    """Yield (name, value) for each field in node._fields that node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: node fields and the nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first, in no guaranteed order."""
    from collections import deque
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor:
    """Walks a tree, calling visit_<ClassName> for each node that has such a method and
    generic_visit (which visits the children) for the others."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: None removes
    it, a list (in a list field) splices several nodes in its place."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---- the node classes before 3.8 -------------------------------------------------------------
# Num, Str, Bytes, NameConstant and Ellipsis were folded into Constant in 3.8; the old names
# stay, as in CPython 3.11: calling one makes a Constant, and isinstance() asks the value's type.

_LEGACY_VALUE_TYPES = {}


class _LegacyConstant(type):
    def __instancecheck__(cls, instance):
        if not isinstance(instance, Constant):
            return False
        if cls in _LEGACY_VALUE_TYPES:
            try:
                value = instance.value
            except AttributeError:
                return False
            accepted, refused = _LEGACY_VALUE_TYPES[cls]
            return isinstance(value, accepted) and not isinstance(value, refused)
        return type.__instancecheck__(cls, instance)


def _legacy_constant(name, fields, accepted, refused=()):
    def __new__(cls, *args, **kwargs):
        if cls in _LEGACY_VALUE_TYPES:
            for i, field in enumerate(cls._fields):
                if i < len(args) and field in kwargs:
                    raise TypeError(f"{cls.__name__} got multiple values for argument {field!r}")
            for alias in ('n', 's'):
                if alias in kwargs:
                    kwargs['value'] = kwargs.pop(alias)
            if not cls._fields and not args:
                kwargs.setdefault('value', ...)     # Ellipsis() is the constant ...
            return Constant(*args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)

    cls = _LegacyConstant(name, (Constant,), {
        '_fields': fields, '__new__': __new__, '__module__': 'ast',
        '__doc__': 'Deprecated AST node class. Use ast.Constant instead'})
    _LEGACY_VALUE_TYPES[cls] = (accepted, refused)
    return cls


Num = _legacy_constant('Num', ('n',), (int, float, complex), bool)
Str = _legacy_constant('Str', ('s',), str)
Bytes = _legacy_constant('Bytes', ('s',), bytes)
NameConstant = _legacy_constant('NameConstant', ('value', 'kind'), (type(None), bool))
Ellipsis = _legacy_constant('Ellipsis', (), type(...))
del _legacy_constant


def _value_alias(self):
    return self.value


def _set_value_alias(self, value):
    self.value = value


# Constant.n and Constant.s: the old field names of Num, Str and Bytes.
Constant.n = property(_value_alias, _set_value_alias)
Constant.s = property(_value_alias, _set_value_alias)

_LEGACY_VISITORS = ((bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'),
                    (float, 'Num'), (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'),
                    (type(...), 'Ellipsis'))


def _visit_constant(self, node):
    """Send a Constant to the visit_Num/visit_Str/... method an old visitor defines."""
    for value_type, name in _LEGACY_VISITORS:
        if isinstance(node.value, value_type):
            method = getattr(self, 'visit_' + name, None)
            if method is not None:
                import warnings
                warnings.warn(f'visit_{name} is deprecated; add visit_Constant', DeprecationWarning, 2)
                return method(node)
            break
    return self.generic_visit(node)


NodeVisitor.visit_Constant = _visit_constant


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls


# ---- source ------------------------------------------------------------------------------

def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned with
    inspect.cleandoc when clean is true."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(value.value)
    return value.value


def _source_lines(source):
    """Split at \\r\\n, \\n and \\r only (not at form feeds, as str.splitlines would)."""
    lines = []
    start = 0
    i = 0
    while i < len(source):
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and source[i + 1:i + 2] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text that node was parsed from, or None when its location is unknown;
    with padded, the first line of a multi-line segment keeps its indentation as spaces."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    padding = ''
    if padded:
        padding = ''.join(c if c in ' \t\f' else ' ' for c in lines[first].encode()[:start].decode())
    head = padding + lines[first].encode()[start:].decode()
    tail = lines[last].encode()[:end].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def unparse(ast_obj):
    """Python source that parses back to an equivalent tree."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('--no-type-comments', default=True, action='store_false')
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    if args.infile == '-':
        name, source = '<stdin>', sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
