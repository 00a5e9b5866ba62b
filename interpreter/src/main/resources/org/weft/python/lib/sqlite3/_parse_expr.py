"""SQL expressions, by SQLite's operator precedence (https://www.sqlite.org/lang_expr.html).

An expression is a tuple whose first item names its kind:
('lit', value) ('col', table, name, quoted) ('param', index) ('unary', op, e) ('bin', op, left, right)
('like', op, left, right, escape, negated) ('between', e, low, high, negated) ('in', e, items, negated)
('insel', e, select, negated) ('isnull', e, negated) ('exists', select) ('subq', select)
('case', base, [(when, then)], else) ('cast', e, type_name) ('collate', e, name)
('func', NAME, args, distinct, star, filter)
"""

from sqlite3._parse_base import TokenCursor

_COMPARE = {'<': '<', '<=': '<=', '>': '>', '>=': '>='}


class ExprParser(TokenCursor):
    def expr(self):
        left = self._and()
        while self.accept_kw('OR'):
            left = ('bin', 'OR', left, self._and())
        return left

    def _and(self):
        left = self._not()
        while self.accept_kw('AND'):
            left = ('bin', 'AND', left, self._not())
        return left

    def _not(self):
        if self.accept_kw('NOT'):
            return ('unary', 'NOT', self._not())
        return self._equality()

    def _equality(self):
        left = self._comparison()
        while True:
            op = self.accept_op('=', '==', '!=', '<>')
            if op:
                left = ('bin', '=' if op in ('=', '==') else '!=', left, self._comparison())
                continue
            if self.accept_kw('IS'):
                negated = bool(self.accept_kw('NOT'))
                if self.accept_kw('DISTINCT'):
                    self.expect_kw('FROM')
                    negated = not negated
                left = ('bin', 'ISNOT' if negated else 'IS', left, self._comparison())
                continue
            if self.accept_kw('ISNULL'):
                left = ('isnull', left, False)
                continue
            if self.accept_kw('NOTNULL'):
                left = ('isnull', left, True)
                continue
            negated = False
            if self.at_kw('NOT'):
                after = self.peek(1)
                if after[0] == 'kw' and after[1] == 'NULL':
                    self.advance(), self.advance()
                    left = ('isnull', left, True)
                    continue
                if not (after[0] == 'kw' and after[1] in ('IN', 'LIKE', 'GLOB', 'REGEXP', 'MATCH', 'BETWEEN')):
                    return left
                self.advance()
                negated = True
            word = self.accept_kw('IN', 'LIKE', 'GLOB', 'REGEXP', 'MATCH', 'BETWEEN')
            if not word:
                return left
            if word == 'IN':
                left = self._in(left, negated)
            elif word == 'BETWEEN':
                low = self._comparison()
                self.expect_kw('AND')
                left = ('between', left, low, self._comparison(), negated)
            else:
                right = self._comparison()
                escape = self._comparison() if self.accept_kw('ESCAPE') else None
                left = ('like', word, left, right, escape, negated)

    def _in(self, left, negated):
        if not self.at_op('('):
            # "x IN t" names a table: the same as "x IN (SELECT * FROM t)".
            table = self.name()
            return ('intable', left, table, negated)
        self.advance()
        if self.at_kw('SELECT', 'VALUES', 'WITH'):
            select = self.select()
            self.expect_op(')')
            return ('insel', left, select, negated)
        items = []
        if not self.at_op(')'):
            items.append(self.expr())
            while self.accept_op(','):
                items.append(self.expr())
        self.expect_op(')')
        return ('in', left, items, negated)

    def _comparison(self):
        left = self._bitwise()
        while self.at_op('<', '<=', '>', '>='):
            op = self.advance()[1]
            left = ('bin', op, left, self._bitwise())
        return left

    def _bitwise(self):
        left = self._additive()
        while self.at_op('&', '|', '<<', '>>'):
            op = self.advance()[1]
            left = ('bin', op, left, self._additive())
        return left

    def _additive(self):
        left = self._multiplicative()
        while self.at_op('+', '-'):
            op = self.advance()[1]
            left = ('bin', op, left, self._multiplicative())
        return left

    def _multiplicative(self):
        left = self._concat()
        while self.at_op('*', '/', '%'):
            op = self.advance()[1]
            left = ('bin', op, left, self._concat())
        return left

    def _concat(self):
        left = self._unary()
        while self.at_op('||', '->', '->>'):
            op = self.advance()[1]
            if op != '||':
                self.error(self.tokens[self.pos - 1])
            left = ('bin', '||', left, self._unary())
        return left

    def _unary(self):
        op = self.accept_op('-', '+', '~')
        if op:
            operand = self._unary()
            if op == '-' and operand[0] == 'lit' and type(operand[1]) in (int, float):
                return ('lit', -operand[1])
            return ('unary', op, operand)
        expr = self._primary()
        while self.accept_kw('COLLATE'):
            expr = ('collate', expr, self.name_or_string())
        return expr

    def _primary(self):
        kind, value, start, end = self.peek()
        if kind in ('int', 'real', 'str', 'blob'):
            self.advance()
            return ('lit', value)
        if kind == 'param':
            self.advance()
            return ('param', self.placeholder(value))
        if kind == 'op' and value == '(':
            self.advance()
            if self.at_kw('SELECT', 'VALUES', 'WITH'):
                select = self.select()
                self.expect_op(')')
                return ('subq', select)
            expr = self.expr()
            if self.at_op(','):
                items = [expr]
                while self.accept_op(','):
                    items.append(self.expr())
                self.expect_op(')')
                return ('row', items)
            self.expect_op(')')
            return expr
        if kind == 'kw':
            return self._keyword_primary(value)
        if kind in ('id', 'qid'):
            return self._name_primary()
        self.error()

    def _keyword_primary(self, word):
        if word == 'NULL':
            self.advance()
            return ('lit', None)
        if word in ('CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP'):
            self.advance()
            return ('func', word, [], False, False, None)
        if word == 'CASE':
            return self._case()
        if word == 'CAST':
            self.advance()
            self.expect_op('(')
            expr = self.expr()
            self.expect_kw('AS')
            type_name = self.type_name()
            self.expect_op(')')
            return ('cast', expr, type_name)
        if word == 'EXISTS':
            self.advance()
            self.expect_op('(')
            select = self.select()
            self.expect_op(')')
            return ('exists', select)
        if word in ('REPLACE', 'IF') or word in ('LIKE', 'GLOB') and self.peek(1)[1] == '(':
            # replace(), if() and like() are functions whose names are also keywords.
            return self._name_primary()
        if word == 'RAISE':
            self.advance()
            self.expect_op('(')
            action = self.expect_kw('IGNORE', 'ROLLBACK', 'ABORT', 'FAIL')
            message = None
            if action != 'IGNORE':
                self.expect_op(',')
                message = self.expr()
            self.expect_op(')')
            return ('raise', action, message)
        if self.at_name():
            return self._name_primary()
        self.error()

    def _case(self):
        self.advance()
        base = None if self.at_kw('WHEN') else self.expr()
        whens = []
        while self.accept_kw('WHEN'):
            when = self.expr()
            self.expect_kw('THEN')
            whens.append((when, self.expr()))
        if not whens:
            self.error()
        otherwise = self.expr() if self.accept_kw('ELSE') else None
        self.expect_kw('END')
        return ('case', base, whens, otherwise)

    def _name_primary(self):
        kind, value, start, end = self.advance()
        if kind == 'kw':
            value = self.sql[start:end]
        if self.at_op('('):
            return self._call(value)
        if self.accept_op('.'):
            second = self.peek()
            column = self.name()
            if self.accept_op('.'):
                # schema.table.column: the schema ("main") is ignored.
                return ('col', column, self.name(), False)
            return ('col', value, column, False)
        return ('col', None, value, kind == 'qid')

    def _call(self, name):
        self.expect_op('(')
        distinct, star, args = False, False, []
        if self.accept_op('*'):
            star = True
        elif not self.at_op(')'):
            distinct = bool(self.accept_kw('DISTINCT'))
            self.accept_kw('ALL')
            args.append(self.expr())
            while self.accept_op(','):
                args.append(self.expr())
        self.expect_op(')')
        where = None
        if self.accept_kw('FILTER'):
            self.expect_op('(')
            self.expect_kw('WHERE')
            where = self.expr()
            self.expect_op(')')
        if self.accept_kw('OVER'):
            return ('window', name, args, distinct, star, where, self._window_spec())
        return ('func', name, args, distinct, star, where)

    def _window_spec(self):
        """OVER ( [PARTITION BY e, ...] [ORDER BY term, ...] [frame] ): (partition, order, frame)."""
        self.expect_op('(')
        partition, order, frame = [], [], None
        if self.accept_kw('PARTITION'):
            self.expect_kw('BY')
            partition.append(self.expr())
            while self.accept_op(','):
                partition.append(self.expr())
        if self.accept_kw('ORDER'):
            self.expect_kw('BY')
            order = self._ordering_terms()
        if self.at_kw('ROWS', 'RANGE', 'GROUPS'):
            unit = self.advance()[1]
            if self.accept_kw('BETWEEN'):
                start = self._frame_bound()
                self.expect_kw('AND')
                end = self._frame_bound()
            else:
                start, end = self._frame_bound(), ('current', None)
            frame = (unit, start, end)
            if self.at_kw('EXCLUDE'):
                self.error()
        self.expect_op(')')
        return (partition, order, frame)

    def _frame_bound(self):
        if self.accept_kw('UNBOUNDED'):
            return ('unbounded', self.expect_kw('PRECEDING', 'FOLLOWING'))
        if self.accept_kw('CURRENT'):
            self.expect_kw('ROW')
            return ('current', None)
        offset = self._additive()
        return ('offset', (offset, self.expect_kw('PRECEDING', 'FOLLOWING')))

    def type_name(self):
        """A declared type such as INTEGER, VARCHAR(20) or DECIMAL(10, 2); the text as written."""
        words = []
        while self.at_name() or self.peek()[0] == 'id':
            words.append(self.advance()[1])
        if not words:
            self.error()
        text = ' '.join(words)
        if self.accept_op('('):
            first = self._signed_number()
            if self.accept_op(','):
                text += '(%s,%s)' % (first, self._signed_number())
            else:
                text += '(%s)' % first
            self.expect_op(')')
        return text

    def _signed_number(self):
        sign = self.accept_op('+', '-') or ''
        kind, value = self.peek()[:2]
        if kind not in ('int', 'real'):
            self.error()
        self.advance()
        return sign + str(value)
