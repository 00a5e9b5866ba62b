"""The checks compile() makes on a tree before compiling it, with CPython's messages
(Python/ast.c, validate_*): contexts, empty bodies, list lengths, positions."""

from _ast import *

_CONTEXT_NODES = (Name, Attribute, Subscript, Starred, List, Tuple)
_EMPTY_BODY_OWNERS = (FunctionDef, AsyncFunctionDef, ClassDef, For, AsyncFor, While, If, With,
                      AsyncWith)


def validate(tree):
    if isinstance(tree, (Module, Interactive)):
        _statements(tree.body, None)
    elif isinstance(tree, Expression):
        _expression(tree.body, Load)
    elif isinstance(tree, FunctionType):
        _expressions(tree.argtypes, Load)
        _expression(tree.returns, Load)


def _positions(node):
    lineno = getattr(node, 'lineno', None)
    col = getattr(node, 'col_offset', None)
    if lineno is None or col is None:
        return
    end_lineno = getattr(node, 'end_lineno', None)
    end_col = getattr(node, 'end_col_offset', None)
    end_lineno = lineno if end_lineno is None else end_lineno
    end_col = col if end_col is None else end_col
    if (lineno < 0 and end_lineno != lineno) or (col < 0 and col != end_col):
        raise ValueError(f'AST node column range ({col}, {end_col}) for line range '
                         f'({lineno}, {end_lineno}) is not valid')
    if lineno > end_lineno:
        raise ValueError(f'AST node line range ({lineno}, {end_lineno}) is not valid')
    if lineno == end_lineno and col > end_col and lineno >= 0 and col >= 0:
        raise ValueError(f'line {lineno}, column {col}-{end_col} is not a valid range')


def _non_empty(items, what, owner):
    if not items:
        raise ValueError(f'empty {what} on {owner}')


def _statements(body, owner):
    if owner is not None:
        _non_empty(body, 'body', owner)
    for statement in body:
        _statement(statement)


def _statement(s):
    _positions(s)
    name = type(s).__name__
    if isinstance(s, (FunctionDef, AsyncFunctionDef)):
        _statements(s.body, name)
        _arguments(s.args)
        _expressions(s.decorator_list, Load)
        _optional(s.returns)
    elif isinstance(s, ClassDef):
        _statements(s.body, name)
        _expressions(s.bases, Load)
        _keywords(s.keywords)
        _expressions(s.decorator_list, Load)
    elif isinstance(s, Return):
        _optional(s.value)
    elif isinstance(s, Delete):
        _non_empty(s.targets, 'targets', 'Delete')
        _expressions(s.targets, Del)
    elif isinstance(s, Assign):
        _non_empty(s.targets, 'targets', 'Assign')
        _expressions(s.targets, Store)
        _expression(s.value, Load)
    elif isinstance(s, AugAssign):
        _expression(s.target, Store)
        _expression(s.value, Load)
    elif isinstance(s, AnnAssign):
        if s.simple and not isinstance(s.target, Name):
            raise TypeError('AnnAssign with simple non-Name target')
        _expression(s.target, Store)
        _optional(s.value)
        _expression(s.annotation, Load)
    elif isinstance(s, (For, AsyncFor)):
        _expression(s.target, Store)
        _expression(s.iter, Load)
        _statements(s.body, name)
        _statements(s.orelse, None)
    elif isinstance(s, (While, If)):
        _expression(s.test, Load)
        _statements(s.body, name)
        _statements(s.orelse, None)
    elif isinstance(s, (With, AsyncWith)):
        _non_empty(s.items, 'items', name)
        for item in s.items:
            _expression(item.context_expr, Load)
            if item.optional_vars is not None:
                _expression(item.optional_vars, Store)
        _statements(s.body, name)
    elif isinstance(s, Match):
        _expression(s.subject, Load)
        _non_empty(s.cases, 'cases', 'Match')
        for case in s.cases:
            _optional(case.guard)
            _statements(case.body, 'match_case')
    elif isinstance(s, Raise):
        if s.exc is not None:
            _expression(s.exc, Load)
            _optional(s.cause)
        elif s.cause is not None:
            raise ValueError('Raise with cause but no exception')
    elif isinstance(s, (Try, TryStar)):
        _statements(s.body, name)
        if not s.handlers and not s.finalbody:
            raise ValueError(f'{name} has neither except handlers nor finalbody')
        if not s.handlers and s.orelse:
            raise ValueError(f'{name} has orelse but no except handlers')
        for handler in s.handlers:
            _positions(handler)
            _optional(handler.type)
            _statements(handler.body, 'ExceptHandler')
        _statements(s.finalbody, None)
        _statements(s.orelse, None)
    elif isinstance(s, Assert):
        _expression(s.test, Load)
        _optional(s.msg)
    elif isinstance(s, (Import, ImportFrom)):
        _non_empty(s.names, 'names', name)
        if isinstance(s, ImportFrom) and s.level is not None and s.level < 0:
            raise ValueError('Negative ImportFrom level')
    elif isinstance(s, (Global, Nonlocal)):
        _non_empty(s.names, 'names', name)
    elif isinstance(s, Expr):
        _expression(s.value, Load)


def _arguments(args):
    for arg in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
        if arg is not None and arg.annotation is not None:
            _expression(arg.annotation, Load)
    if len(args.defaults) > len(args.posonlyargs) + len(args.args):
        raise ValueError('more positional defaults than args on arguments')
    if len(args.kw_defaults) != len(args.kwonlyargs):
        raise ValueError('length of kwonlyargs is not the same as kw_defaults on arguments')
    _expressions(args.defaults, Load)
    for default in args.kw_defaults:
        _optional(default)


def _keywords(keywords):
    for keyword in keywords:
        _expression(keyword.value, Load)


def _optional(e):
    if e is not None:
        _expression(e, Load)


def _expressions(items, ctx):
    for item in items:
        _expression(item, ctx)


def _comprehensions(generators):
    if not generators:
        raise ValueError('comprehension with no generators')
    for generator in generators:
        _expression(generator.target, Store)
        _expression(generator.iter, Load)
        _expressions(generator.ifs, Load)


def _expression(e, ctx):
    if not isinstance(e, AST):
        return      # the type checks of the conversion report it
    _positions(e)
    if isinstance(e, _CONTEXT_NODES):
        actual = type(getattr(e, 'ctx', None))
        if actual is not ctx:
            raise ValueError(f'expression must have {ctx.__name__} context but has '
                             f'{actual.__name__} instead')
    elif ctx is not Load:
        raise ValueError(f"expression which can't be assigned to in {ctx.__name__} context")
    if isinstance(e, BoolOp):
        if len(e.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        _expressions(e.values, Load)
    elif isinstance(e, BinOp):
        _expression(e.left, Load)
        _expression(e.right, Load)
    elif isinstance(e, UnaryOp):
        _expression(e.operand, Load)
    elif isinstance(e, Lambda):
        _arguments(e.args)
        _expression(e.body, Load)
    elif isinstance(e, IfExp):
        _expressions([e.test, e.body, e.orelse], Load)
    elif isinstance(e, Dict):
        if len(e.keys) != len(e.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        for key in e.keys:
            _optional(key)
        _expressions(e.values, Load)
    elif isinstance(e, Set):
        _expressions(e.elts, Load)
    elif isinstance(e, (ListComp, SetComp, GeneratorExp)):
        _comprehensions(e.generators)
        _expression(e.elt, Load)
    elif isinstance(e, DictComp):
        _comprehensions(e.generators)
        _expression(e.key, Load)
        _expression(e.value, Load)
    elif isinstance(e, (Await, YieldFrom)):
        _expression(e.value, Load)
    elif isinstance(e, Yield):
        _optional(e.value)
    elif isinstance(e, Compare):
        if not e.comparators:
            raise ValueError('Compare with no comparators')
        if len(e.comparators) != len(e.ops):
            raise ValueError('Compare has a different number of comparators and operands')
        _expression(e.left, Load)
        _expressions(e.comparators, Load)
    elif isinstance(e, Call):
        _expression(e.func, Load)
        _expressions(e.args, Load)
        _keywords(e.keywords)
    elif isinstance(e, FormattedValue):
        _expression(e.value, Load)
        _optional(e.format_spec)
    elif isinstance(e, JoinedStr):
        _expressions(e.values, Load)
    elif isinstance(e, Attribute):
        _expression(e.value, Load)
    elif isinstance(e, Subscript):
        _expression(e.value, Load)
        _expression(e.slice, Load)
    elif isinstance(e, Starred):
        _expression(e.value, ctx)
    elif isinstance(e, Name):
        if e.id in ('None', 'True', 'False'):
            raise ValueError(f"identifier field can't represent '{e.id}' constant")
    elif isinstance(e, (List, Tuple)):
        _expressions(e.elts, ctx)
    elif isinstance(e, Slice):
        _optional(e.lower)
        _optional(e.upper)
        _optional(e.step)
    elif isinstance(e, NamedExpr):
        _expression(e.value, Load)
