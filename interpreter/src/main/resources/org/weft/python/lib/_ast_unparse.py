"""ast.unparse: source text from a tree, written to read back as the same tree and to match
the text CPython 3.11 produces (its parenthesization, quoting and blank lines)."""

import sys
from _ast import *

# Binding strength, weakest first (CPython's _Precedence order).
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR

_BINARY = {Add: ('+', ARITH), Sub: ('-', ARITH), Mult: ('*', TERM), MatMult: ('@', TERM),
           Div: ('/', TERM), Mod: ('%', TERM), FloorDiv: ('//', TERM), Pow: ('**', POWER),
           LShift: ('<<', SHIFT), RShift: ('>>', SHIFT), BitOr: ('|', BOR), BitXor: ('^', BXOR),
           BitAnd: ('&', BAND)}
_UNARY = {Not: ('not ', NOT), Invert: ('~', FACTOR), UAdd: ('+', FACTOR), USub: ('-', FACTOR)}
_COMPARE = {Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not',
            In: 'in', NotIn: 'not in'}
_BOOL = {And: ('and', AND), Or: ('or', OR)}
_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")


def _unicode_escape(c):
    """c as the 'unicode_escape' codec writes it."""
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if c in special:
        return special[c]
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    return '\\u%04x' % code if code < 0x10000 else '\\U%08x' % code


def _escape(text, keep_newlines_tabs):
    out = []
    for c in text:
        if keep_newlines_tabs and c in '\n\t':
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(_unicode_escape(c))
        else:
            out.append(c)
    return ''.join(out)


def _quote(text, quotes, keep_newlines_tabs=True):
    """(escaped body, quotes still usable for it), best first; repr's own choice when no quote
    type can hold the text as it is."""
    body = _escape(text, keep_newlines_tabs)
    usable = [q for q in quotes if q not in body and ('\n' not in body or len(q) == 3)]
    if not usable:
        shown = repr(text)
        return shown[1:-1], [next((q for q in quotes if shown[0] in q), shown[0])]
    if body:
        # A quote type whose character ends the body would close early: prefer the others.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class Unparser:
    """Collects the text in a list; _precedence maps an expression node to the binding
    strength its context requires (TEST when not set)."""

    def __init__(self):
        self._text = []
        self._precedence = {}
        self._indent = 0
        self._in_fstring = False

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
            return
        self._text = []
        self.traverse(node)
        return ''.join(self._text)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)

    # ---- output helpers ----

    def write(self, *parts):
        self._text.extend(parts)

    def newline_if_any(self):
        if self._text:
            self.write('\n')

    def fill(self, text=''):
        self.newline_if_any()
        self.write('    ' * self._indent + text)

    def block(self, body, docstring_allowed=False):
        self.write(':')
        self._indent += 1
        self.body(body, docstring_allowed)
        self._indent -= 1

    def body(self, body, docstring_allowed):
        if docstring_allowed and body and self._docstring(body[0]):
            body = body[1:]
        for statement in body:
            self.traverse(statement)

    def _docstring(self, statement):
        if not (isinstance(statement, Expr) and isinstance(statement.value, Constant)
                and isinstance(statement.value.value, str)):
            return False
        self.fill()
        if statement.value.kind == 'u':
            self.write('u')
        text, quotes = _quote(statement.value.value, _TRIPLE_QUOTES, True)
        self.write(quotes[0], text, quotes[0])
        return True

    def comma_list(self, items, each=None):
        for i, item in enumerate(items):
            if i:
                self.write(', ')
            (each or self.traverse)(item)

    def tuple_items(self, items):
        if len(items) == 1:
            self.traverse(items[0])
            self.write(',')
        else:
            self.comma_list(items)

    def at(self, precedence, *nodes):
        for node in nodes:
            self._precedence[node] = precedence

    def wanted(self, node):
        return self._precedence.get(node, TEST)

    def open_if(self, condition, text):
        if condition:
            self.write(text)

    def generic_visit(self, node):
        raise ValueError(f"Unable to unparse {type(node).__name__} node")

    # ---- modules ----

    def visit_Module(self, node):
        self.body(node.body, True)

    def visit_Interactive(self, node):
        self.body(node.body, False)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write('(')
        self.comma_list(node.argtypes)
        self.write(') -> ')
        self.traverse(node.returns)

    # ---- simple statements ----

    def visit_Expr(self, node):
        self.fill()
        self.at(YIELD, node.value)
        self.traverse(node.value)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.at(TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[type(node.op)][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        parenthesize = not node.simple and isinstance(node.target, Name)
        self.open_if(parenthesize, '(')
        self.traverse(node.target)
        self.open_if(parenthesize, ')')
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.comma_list(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Import(self, node):
        self.fill('import ')
        self.comma_list(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.comma_list(node.names)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    # ---- compound statements ----

    def _decorated(self, node, keyword):
        self.newline_if_any()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill(keyword + node.name)

    def visit_FunctionDef(self, node, keyword='def '):
        self._decorated(node, keyword)
        self.write('(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.block(node.body, True)

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, 'async def ')

    def visit_ClassDef(self, node):
        self._decorated(node, 'class ')
        if node.bases or node.keywords:
            self.write('(')
            self.comma_list(node.bases + node.keywords)
            self.write(')')
        self.block(node.body, True)

    def visit_For(self, node, keyword='for '):
        self.fill(keyword)
        self.at(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_AsyncFor(self, node):
        self.visit_For(node, 'async for ')

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node, keyword='with '):
        self.fill(keyword)
        self.comma_list(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.visit_With(node, 'async with ')

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Try(self, node, star=''):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self._handler(handler, star)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_TryStar(self, node):
        self.visit_Try(node, '*')

    def _handler(self, node, star):
        self.fill('except' + star)
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self._handler(node, '')

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.write(':')
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    # ---- function parameters ----

    def visit_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        parts = []
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            parts.append((arg, default, ''))
            if index == len(node.posonlyargs):
                parts.append((None, None, '/'))
        if node.vararg or node.kwonlyargs:
            parts.append((node.vararg, None, '*'))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append((arg, default, ''))
        if node.kwarg:
            parts.append((node.kwarg, None, '**'))
        for i, (arg, default, prefix) in enumerate(parts):
            self.write(', ' if i else '', prefix)
            if arg is not None:
                self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.traverse(node.value)

    # ---- expressions ----

    def visit_Name(self, node):
        self.write(node.id)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.tuple_items_values(value)
            self.write(')')
            return
        if node.kind == 'u':
            self.write('u')
        self.write_constant(value)

    def tuple_items_values(self, values):
        for i, value in enumerate(values):
            self.write(', ' if i else '')
            self.write_constant(value)
        if len(values) == 1:
            self.write(',')

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFINITY))
        elif value is ...:
            self.write('...')
        elif self._in_fstring and isinstance(value, str):
            text, quotes = _quote(value, _SINGLE_QUOTES + _TRIPLE_QUOTES)
            self.write(quotes[0], text, quotes[0])
        else:
            self.write(repr(value))

    def visit_JoinedStr(self, node):
        self.write('f')
        pieces = []
        for value in node.values:
            pieces.append((self._fstring_piece(value), isinstance(value, Constant)))
        quotes = list(_SINGLE_QUOTES + _TRIPLE_QUOTES)
        out = []
        for text, is_constant in pieces:
            # Each piece narrows the quote types that can enclose the whole string.
            text, quotes = _quote(text, quotes, keep_newlines_tabs=not is_constant)
            out.append(text)
        self.write(quotes[0], ''.join(out), quotes[0])

    def visit_FormattedValue(self, node):
        self.write('f')
        text, quotes = _quote(self._fstring_piece(node), _SINGLE_QUOTES + _TRIPLE_QUOTES, False)
        self.write(quotes[0], text, quotes[0])

    def _fstring_piece(self, node):
        if isinstance(node, Constant):
            return node.value.replace('{', '{{').replace('}', '}}')
        if isinstance(node, JoinedStr):
            return ''.join(self._fstring_piece(v) for v in node.values)
        inner = Unparser()
        inner._in_fstring = True
        inner.at(TEST + 1, node.value)
        expression = inner.visit(node.value)
        if '\\' in expression:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        text = '{' + (' ' if expression.startswith('{') else '') + expression
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self._fstring_piece(node.format_spec)
        return text + '}'

    def visit_Tuple(self, node):
        parens = not node.elts or self.wanted(node) > TUPLE
        self.open_if(parens, '(')
        self.tuple_items(node.elts)
        self.open_if(parens, ')')

    def visit_List(self, node):
        self.write('[')
        self.comma_list(node.elts)
        self.write(']')

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')
            return
        self.write('{')
        self.comma_list(node.elts)
        self.write('}')

    def visit_Dict(self, node):
        self.write('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            self.write(', ' if i else '')
            if key is None:
                self.write('**')
                self.at(EXPR, value)
            else:
                self.traverse(key)
                self.write(': ')
            self.traverse(value)
        self.write('}')

    def visit_Starred(self, node):
        self.write('*')
        self.at(EXPR, node.value)
        self.traverse(node.value)

    def visit_BinOp(self, node):
        symbol, strength = _BINARY[type(node.op)]
        parens = self.wanted(node) > strength
        self.open_if(parens, '(')
        right_assoc = isinstance(node.op, Pow)
        self.at(strength + 1 if right_assoc else strength, node.left)
        self.at(strength if right_assoc else strength + 1, node.right)
        self.traverse(node.left)
        self.write(' ' + symbol + ' ')
        self.traverse(node.right)
        self.open_if(parens, ')')

    def visit_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op)]
        parens = self.wanted(node) > strength
        self.open_if(parens, '(')
        self.write(symbol)
        self.at(strength, node.operand)
        self.traverse(node.operand)
        self.open_if(parens, ')')

    def visit_BoolOp(self, node):
        symbol, strength = _BOOL[type(node.op)]
        parens = self.wanted(node) > strength
        self.open_if(parens, '(')
        for i, value in enumerate(node.values):
            if i:
                self.write(' ' + symbol + ' ')
            self.at(strength + 1 + i, value)
            self.traverse(value)
        self.open_if(parens, ')')

    def visit_Compare(self, node):
        parens = self.wanted(node) > CMP
        self.open_if(parens, '(')
        self.at(CMP + 1, node.left, *node.comparators)
        self.traverse(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _COMPARE[type(op)] + ' ')
            self.traverse(right)
        self.open_if(parens, ')')

    def visit_IfExp(self, node):
        parens = self.wanted(node) > TEST
        self.open_if(parens, '(')
        self.at(TEST + 1, node.body, node.test)
        self.traverse(node.body)
        self.write(' if ')
        self.traverse(node.test)
        self.write(' else ')
        self.at(TEST, node.orelse)
        self.traverse(node.orelse)
        self.open_if(parens, ')')

    def visit_Lambda(self, node):
        parens = self.wanted(node) > TEST
        self.open_if(parens, '(')
        self.write('lambda')
        a = node.args
        if a.posonlyargs or a.args or a.vararg or a.kwonlyargs or a.kwarg:
            self.write(' ')
            self.traverse(a)
        self.write(': ')
        self.at(TEST, node.body)
        self.traverse(node.body)
        self.open_if(parens, ')')

    def visit_NamedExpr(self, node):
        parens = self.wanted(node) > NAMED_EXPR
        self.open_if(parens, '(')
        self.at(ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)
        self.open_if(parens, ')')

    def visit_Yield(self, node):
        parens = self.wanted(node) > YIELD
        self.open_if(parens, '(')
        self.write('yield')
        if node.value:
            self.write(' ')
            self.traverse(node.value)
        self.open_if(parens, ')')

    def visit_YieldFrom(self, node):
        parens = self.wanted(node) > YIELD
        self.open_if(parens, '(')
        self.write('yield from ')
        self.traverse(node.value)
        self.open_if(parens, ')')

    def visit_Await(self, node):
        parens = self.wanted(node) > AWAIT
        self.open_if(parens, '(')
        self.write('await')
        if node.value:
            self.write(' ')
            self.at(ATOM, node.value)
            self.traverse(node.value)
        self.open_if(parens, ')')

    def visit_Call(self, node):
        self.at(ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.comma_list(node.args + node.keywords)
        self.write(')')

    def visit_Attribute(self, node):
        self.at(ATOM, node.value)
        self.traverse(node.value)
        # "1.real" would read as a float literal followed by a name.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Subscript(self, node):
        self.at(ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.tuple_items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write(']')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def _comprehension(self, opening, closing, parts, generators):
        self.write(opening)
        for part in parts:
            self.traverse(part) if not isinstance(part, str) else self.write(part)
        for generator in generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self._comprehension('[', ']', [node.elt], node.generators)

    def visit_SetComp(self, node):
        self._comprehension('{', '}', [node.elt], node.generators)

    def visit_GeneratorExp(self, node):
        self._comprehension('(', ')', [node.elt], node.generators)

    def visit_DictComp(self, node):
        self._comprehension('{', '}', [node.key, ': ', node.value], node.generators)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.at(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.at(TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    # ---- patterns ----

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write(repr(node.value))

    def visit_MatchSequence(self, node):
        self.write('[')
        self.comma_list(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        self.write('{')
        for i, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            self.write(', ' if i else '')
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        if node.rest is not None:
            self.write(', ' if node.keys else '', '**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.at(ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.comma_list(node.patterns)
        for i, (name, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            self.write(', ' if i or node.patterns else '', name + '=')
            self.traverse(pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            parens = self.wanted(node) > TEST
            self.open_if(parens, '(')
            self.at(BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name)
            self.open_if(parens, ')')

    def visit_MatchOr(self, node):
        parens = self.wanted(node) > BOR
        self.open_if(parens, '(')
        for i, pattern in enumerate(node.patterns):
            self.write(' | ' if i else '')
            self.at(BOR + 1, pattern)
            self.traverse(pattern)
        self.open_if(parens, ')')
