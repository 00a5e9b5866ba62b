"""ast.unparse: source text from a tree, written to read back as the same tree and to match
the text CPython 3.11 produces (its parenthesization, quoting and blank lines)."""

from _ast import *
from _ast_unparse_expr import ExpressionWriter
from _ast_unparse_text import *
from _ast_unparse_text import _quote, _BINARY, _TRIPLE_QUOTES


class Unparser(ExpressionWriter):
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
