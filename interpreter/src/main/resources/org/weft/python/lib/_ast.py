"""The node classes of the abstract syntax tree, as CPython 3.11's _ast module defines them.

The tree itself comes from Weft's own parser: the _weft_ast module (Java) hands it over as
nested tuples, (class name, field values, positions), and _build makes node objects of them;
_flatten does the reverse for compile().
"""

import _weft_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# The grammar, in ASDL notation (Parser/Python.asdl of CPython 3.11): one abstract class per
# sum type, one concrete class per constructor; '?' marks an optional field, '*' a list.
_GRAMMAR = (
    ('mod', False, [
        'Module(stmt* body, type_ignore* type_ignores)',
        'Interactive(stmt* body)',
        'Expression(expr body)',
        'FunctionType(expr* argtypes, expr returns)']),
    ('stmt', True, [
        'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, '
        'expr? returns, string? type_comment)',
        'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, '
        'expr? returns, string? type_comment)',
        'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)',
        'Return(expr? value)',
        'Delete(expr* targets)',
        'Assign(expr* targets, expr value, string? type_comment)',
        'AugAssign(expr target, operator op, expr value)',
        'AnnAssign(expr target, expr annotation, expr? value, int simple)',
        'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'While(expr test, stmt* body, stmt* orelse)',
        'If(expr test, stmt* body, stmt* orelse)',
        'With(withitem* items, stmt* body, string? type_comment)',
        'AsyncWith(withitem* items, stmt* body, string? type_comment)',
        'Match(expr subject, match_case* cases)',
        'Raise(expr? exc, expr? cause)',
        'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'Assert(expr test, expr? msg)',
        'Import(alias* names)',
        'ImportFrom(identifier? module, alias* names, int? level)',
        'Global(identifier* names)',
        'Nonlocal(identifier* names)',
        'Expr(expr value)',
        'Pass', 'Break', 'Continue']),
    ('expr', True, [
        'BoolOp(boolop op, expr* values)',
        'NamedExpr(expr target, expr value)',
        'BinOp(expr left, operator op, expr right)',
        'UnaryOp(unaryop op, expr operand)',
        'Lambda(arguments args, expr body)',
        'IfExp(expr test, expr body, expr orelse)',
        'Dict(expr* keys, expr* values)',
        'Set(expr* elts)',
        'ListComp(expr elt, comprehension* generators)',
        'SetComp(expr elt, comprehension* generators)',
        'DictComp(expr key, expr value, comprehension* generators)',
        'GeneratorExp(expr elt, comprehension* generators)',
        'Await(expr value)',
        'Yield(expr? value)',
        'YieldFrom(expr value)',
        'Compare(expr left, cmpop* ops, expr* comparators)',
        'Call(expr func, expr* args, keyword* keywords)',
        'FormattedValue(expr value, int conversion, expr? format_spec)',
        'JoinedStr(expr* values)',
        'Constant(constant value, string? kind)',
        'Attribute(expr value, identifier attr, expr_context ctx)',
        'Subscript(expr value, expr slice, expr_context ctx)',
        'Starred(expr value, expr_context ctx)',
        'Name(identifier id, expr_context ctx)',
        'List(expr* elts, expr_context ctx)',
        'Tuple(expr* elts, expr_context ctx)',
        'Slice(expr? lower, expr? upper, expr? step)']),
    ('expr_context', False, ['Load', 'Store', 'Del']),
    ('boolop', False, ['And', 'Or']),
    ('operator', False, ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                         'BitOr', 'BitXor', 'BitAnd', 'FloorDiv']),
    ('unaryop', False, ['Invert', 'Not', 'UAdd', 'USub']),
    ('cmpop', False, ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn']),
    ('comprehension', False, 'comprehension(expr target, expr iter, expr* ifs, int is_async)'),
    ('excepthandler', True, ['ExceptHandler(expr? type, identifier? name, stmt* body)']),
    ('arguments', False, 'arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, '
                         'expr* kw_defaults, arg? kwarg, expr* defaults)'),
    ('arg', True, 'arg(identifier arg, expr? annotation, string? type_comment)'),
    ('keyword', True, 'keyword(identifier? arg, expr value)'),
    ('alias', True, 'alias(identifier name, identifier? asname)'),
    ('withitem', False, 'withitem(expr context_expr, expr? optional_vars)'),
    ('match_case', False, 'match_case(pattern pattern, expr? guard, stmt* body)'),
    ('pattern', True, [
        'MatchValue(expr value)',
        'MatchSingleton(constant value)',
        'MatchSequence(pattern* patterns)',
        'MatchMapping(expr* keys, pattern* patterns, identifier? rest)',
        'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)',
        'MatchStar(identifier? name)',
        'MatchAs(pattern? pattern, identifier? name)',
        'MatchOr(pattern* patterns)']),
    ('type_ignore', False, ['TypeIgnore(int lineno, string tag)']),
)


class AST:
    _fields = ()
    _attributes = ()

    # CPython: ast_type_init in Python-ast.c
    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'


def _parse_signature(text):
    """'Name(identifier id, expr_context ctx)' -> ('Name', [(type, quantifier, name), ...])."""
    name, _, rest = text.partition('(')
    fields = []
    for part in rest.rstrip(')').split(','):
        part = part.strip()
        if not part:
            continue
        kind, field = part.split()
        quantifier = kind[-1] if kind[-1] in '?*' else ''
        fields.append((kind.rstrip('?*'), quantifier, field))
    return name, fields


def _make_class(name, base, fields, attributes, doc):
    namespace = {'_fields': tuple(f for _, _, f in fields), '__match_args__': tuple(f for _, _, f in fields),
                 '__module__': 'ast', '__doc__': doc}
    if attributes:
        namespace['_attributes'] = attributes
    for _, quantifier, field in fields:
        if quantifier == '?':
            namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


_SINGLETONS = {}
_FIELD_KINDS = {}     # class name -> [(type, quantifier, field)]


def _define_grammar():
    for sum_name, located, constructors in _GRAMMAR:
        attributes = _LOCATION if located else ()
        if isinstance(constructors, str):
            name, fields = _parse_signature(constructors)
            _FIELD_KINDS[name] = fields
            cls = _make_class(name, AST, fields, attributes, constructors)
            if located and sum_name != 'pattern':
                cls.end_lineno = None
                cls.end_col_offset = None
            continue
        lines = []
        for i, c in enumerate(constructors):
            lines.append((sum_name + ' = ' if i == 0 else ' ' * (len(sum_name) + 1) + '| ') + c)
        base = _make_class(sum_name, AST, [], attributes, '\n'.join(lines))
        if located and sum_name != 'pattern':
            base.end_lineno = None
            base.end_col_offset = None
        for c in constructors:
            name, fields = _parse_signature(c)
            _FIELD_KINDS[name] = fields
            cls = _make_class(name, base, fields, (), c)
            if not fields and not located:
                _SINGLETONS[name] = cls()


_define_grammar()
del _define_grammar


def _build(data):
    """Node objects from the tuples _weft_ast gives."""
    if type(data) is tuple:
        if len(data) == 1:
            return _SINGLETONS[data[0]]
        name, values, positions = data
        cls = _CLASSES[name]
        node = cls.__new__(cls)
        attrs = node.__dict__
        fields = cls._fields
        for i, value in enumerate(values):
            attrs[fields[i]] = _build(value)
        for i in range(len(values), len(fields)):
            kind, quantifier, field = _FIELD_KINDS[name][i]
            attrs[field] = [] if quantifier == '*' else None
        if positions is not None:
            attrs['lineno'], attrs['col_offset'], attrs['end_lineno'], attrs['end_col_offset'] = positions
        return node
    if type(data) is list:
        return [_build(item) for item in data]
    return data


def _parse(source, filename, mode):
    return _build(_weft_ast.parse(source, filename, mode))


_SUMS = frozenset(g[0] for g in _GRAMMAR if isinstance(g[2], list))
_CLASSES = {name: cls for name, cls in globals().items() if isinstance(cls, type) and issubclass(cls, AST)}
_OPERATOR_SUMS = frozenset(('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop'))
_BUILTIN_TYPES = {'identifier': str, 'string': str, 'int': int}


def _flatten(value, kind):
    """The tuples _weft_ast.compile takes, from a node expected to be of ASDL type `kind`,
    with the checks and messages of CPython's obj2ast_* functions (Python-ast.c)."""
    expected = _CLASSES[kind]
    if value is None and not expected._attributes and kind not in _SUMS:
        # CPython reads the fields of None, and the first one is missing.
        raise TypeError(f'required field "{_FIELD_KINDS[kind][0][2]}" missing from {kind}')
    positions = None
    if expected._attributes:
        positions = _positions(value, kind, expected)
    if kind in _OPERATOR_SUMS and isinstance(value, expected):
        return (_concrete(value).__name__,)
    if not isinstance(value, expected):
        raise TypeError(f"expected some sort of {kind}, but got {value!r}")
    cls = _concrete(value)
    if cls is Constant and type(getattr(value, 'value', None)) is tuple:
        return _constant_tuple(value, positions)
    values = []
    for field_kind, quantifier, field in _FIELD_KINDS[cls.__name__]:
        try:
            item = getattr(value, field)
        except AttributeError:
            if quantifier == '?':
                values.append(None)
                continue
            raise TypeError(f'required field "{field}" missing from {cls.__name__}') from None
        if quantifier == '*':
            if not isinstance(item, list):
                raise TypeError(f'{cls.__name__} field "{field}" must be a list, not a '
                                f'{type(item).__name__}')
            values.append([_flatten_one(x, field_kind, cls, field) for x in item])
        elif item is None and quantifier == '?':
            values.append(None)
        else:
            values.append(_flatten_one(item, field_kind, cls, field))
    return (cls.__name__, tuple(values), positions)


def _flatten_one(item, field_kind, cls, field):
    if field_kind == 'constant':
        return item
    if field_kind in _BUILTIN_TYPES:
        if item is None:
            if field_kind == 'int' and field == 'level':
                return 0
            raise ValueError(f"field '{field}' is required for {cls.__name__}")
        if not isinstance(item, _BUILTIN_TYPES[field_kind]):
            if field_kind == 'int':
                raise TypeError(f'invalid integer value: {item!r}')
            raise TypeError(f'AST {field_kind} must be of type str')
        return item
    if item is None and cls.__name__ in ('Dict', 'arguments'):
        return None     # a **mapping entry of a dict display; a kw-only parameter without default
    return _flatten(item, field_kind)


def _constant_tuple(node, positions):
    """A Constant holding a tuple (as optimizers make) as the Tuple display of its items:
    the compiler's constants are scalars."""
    items = []
    for item in node.value:
        if type(item) is tuple:
            items.append(_constant_tuple(Constant(item), positions))
        else:
            items.append(('Constant', (item, None), positions))
    return ('Tuple', (items, ('Load',)), positions)


def _positions(value, kind, expected):
    out = []
    for name in _LOCATION:
        try:
            out.append(getattr(value, name))
        except AttributeError:
            if name.startswith('end_'):
                out.append(None)
                continue
            raise TypeError(f'required field "{name}" missing from {kind}') from None
    if out[2] is None:
        out[2] = out[0]
    if out[3] is None:
        out[3] = out[1]
    return tuple(out)


_CONCRETE = {}     # type -> its _ast class; filled as met (each store is one atomic dict write)


def _concrete(node):
    """The _ast class a node is (or derives from), for user subclasses of node classes."""
    kind = type(node)
    found = _CONCRETE.get(kind)
    if found is None:
        found = kind
        for cls in kind.__mro__:
            if cls.__module__ == 'ast' and cls.__name__ in _FIELD_KINDS:
                found = cls
                break
        _CONCRETE[kind] = found
    return found


_MODES = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive', 'func_type': 'FunctionType'}


def _compile(source, filename, mode, flags):
    """compile() for an AST object, or for source with PyCF_ONLY_AST (the builtin calls this)."""
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    if mode not in _MODES:
        if flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(source, AST):
        if flags & PyCF_ONLY_AST:
            return source
        wanted = _MODES[mode]
        if not isinstance(source, globals()[wanted]):
            raise TypeError(f"expected {wanted} node, got {type(source).__name__}")
        import _ast_validate
        data = _flatten(source, 'mod')
        _ast_validate.validate(source)
        return _weft_ast.compile(data, filename, mode)
    if isinstance(source, (bytes, bytearray)):
        source = _decode(bytes(source))
    elif not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    return _parse(source, filename, mode)


def _parse_func_type(source, filename):
    """'(argtypes) -> returns' (PEP 484 function type comments). Weft's parser has no such
    mode: the two sides are parsed as expressions, in place, so positions stay right."""
    import io
    import tokenize
    depth = 0
    arrow = None
    closing = None
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.OP and tok.string in '([{':
                depth += 1
            elif tok.type == tokenize.OP and tok.string in ')]}':
                depth -= 1
                closing = tok
            elif tok.type == tokenize.OP and tok.string == '->' and depth == 0:
                arrow = tok
                break
            elif tok.type == tokenize.OP and tok.string == ',' and depth == 1:
                closing = tok
    except tokenize.TokenError:
        pass
    lines = source.splitlines(keepends=True)
    if arrow is None or not source.lstrip().startswith('(') or closing is None or closing.string != ')':
        raise SyntaxError('invalid syntax', (filename, 1, 1, lines[0] if lines else '', 1, 1))
    offset = sum(len(line) for line in lines[:arrow.start[0] - 1]) + arrow.start[1]
    head = source[:offset]
    args = _parse(head, filename, 'eval').body
    # The outer parentheses are the tuple's own when the tuple starts at them: '(a, b)'
    # lists two types, '((a, b))' one.
    first = len(head) - len(head.lstrip())
    own = isinstance(args, Tuple) and args.lineno == 1 and args.col_offset == len(head[:first].encode())
    argtypes = args.elts if own else [args]
    end = offset + 2
    blank = ''.join(c if c in '\r\n' else ' ' for c in source[:end])
    returns = _parse('(' + blank[1:] + source[end:] + '\n)', filename, 'eval').body
    return FunctionType(argtypes=list(argtypes), returns=returns)


def _decode(data):
    """Source bytes as text, in the encoding its BOM or coding cookie declares (PEP 263)."""
    import io
    import tokenize
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    if encoding == 'utf-8-sig':
        return data[3:].decode('utf-8')
    return data.decode(encoding)
