"""ast.unparse of expressions and patterns: ExpressionWriter, mixed into the Unparser (which
supplies write, traverse, at, wanted and the other output helpers)."""

from _ast import *
from _ast_unparse_text import *
from _ast_unparse_text import _quote, _BINARY, _UNARY, _COMPARE, _BOOL, _INFINITY, _SINGLE_QUOTES, _TRIPLE_QUOTES


class ExpressionWriter:
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
        inner = type(self)()
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
            self.at(ATOM, node.value)
            self.traverse(node.value)
        self.open_if(parens, ')')

    def visit_YieldFrom(self, node):
        parens = self.wanted(node) > YIELD
        self.open_if(parens, '(')
        self.write('yield from ')
        self.at(ATOM, node.value)
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
