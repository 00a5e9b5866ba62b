"""SELECT statements (https://www.sqlite.org/lang_select.html): cores, compounds, joins, ORDER BY, LIMIT."""

from sqlite3._parse_expr import ExprParser

_JOIN_WORDS = ('JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'NATURAL', 'OUTER')


class Core:
    """One SELECT ... FROM ... WHERE ... GROUP BY ... HAVING, or one VALUES list."""
    __slots__ = ('distinct', 'columns', 'source', 'where', 'group_by', 'having', 'values')

    def __init__(self):
        self.distinct = False
        self.columns = []      # (expr, alias, text) | ('*', None, None) | ('t.*', table, None)
        self.source = None     # ('table', name, alias) | ('subquery', Select, alias) | ('join', ...)
        self.where = None
        self.group_by = []
        self.having = None
        self.values = None     # rows of expressions, for VALUES (...), (...)


class Select:
    """Cores joined by UNION/UNION ALL/INTERSECT/EXCEPT, then ORDER BY and LIMIT over the whole."""
    __slots__ = ('ctes', 'cores', 'ops', 'order_by', 'limit', 'offset')

    def __init__(self):
        self.ctes = []
        self.cores = []
        self.ops = []
        self.order_by = []     # (expr, descending, nulls_first or None)
        self.limit = None
        self.offset = None


class SelectParser(ExprParser):
    def with_clause(self):
        self.expect_kw('WITH')
        recursive = bool(self.accept_kw('RECURSIVE'))
        ctes = [self._cte()]
        while self.accept_op(','):
            ctes.append(self._cte())
        return ctes

    def select(self, ctes=None):
        select = Select()
        if ctes is not None:
            select.ctes = ctes
        elif self.at_kw('WITH'):
            select.ctes = self.with_clause()
        select.cores.append(self._core())
        while self.at_kw('UNION', 'INTERSECT', 'EXCEPT'):
            op = self.advance()[1]
            if op == 'UNION' and self.accept_kw('ALL'):
                op = 'UNION ALL'
            select.ops.append(op)
            select.cores.append(self._core())
        if self.accept_kw('ORDER'):
            self.expect_kw('BY')
            select.order_by = self._ordering_terms()
        if self.accept_kw('LIMIT'):
            select.limit = self.expr()
            if self.accept_kw('OFFSET'):
                select.offset = self.expr()
            elif self.accept_op(','):
                # "LIMIT a, b" means OFFSET a LIMIT b.
                select.offset, select.limit = select.limit, self.expr()
        return select

    def _cte(self):
        name = self.name()
        columns = None
        if self.accept_op('('):
            columns = [self.name()]
            while self.accept_op(','):
                columns.append(self.name())
            self.expect_op(')')
        self.expect_kw('AS')
        self.accept_kw('MATERIALIZED')
        self.expect_op('(')
        body = self.select()
        self.expect_op(')')
        return (name, columns, body)

    def _ordering_terms(self):
        terms = [self._ordering_term()]
        while self.accept_op(','):
            terms.append(self._ordering_term())
        return terms

    def _ordering_term(self):
        expr = self.expr()
        descending = self.accept_kw('ASC', 'DESC') == 'DESC'
        nulls_first = None
        if self.accept_kw('NULLS'):
            nulls_first = self.expect_kw('FIRST', 'LAST') == 'FIRST'
        return (expr, descending, nulls_first)

    def _core(self):
        core = Core()
        if self.accept_kw('VALUES'):
            core.values = [self.paren_exprs()]
            while self.accept_op(','):
                core.values.append(self.paren_exprs())
            return core
        self.expect_kw('SELECT')
        if self.accept_kw('DISTINCT'):
            core.distinct = True
        else:
            self.accept_kw('ALL')
        core.columns.append(self._result_column())
        while self.accept_op(','):
            core.columns.append(self._result_column())
        if self.accept_kw('FROM'):
            core.source = self._join_clause()
        if self.accept_kw('WHERE'):
            core.where = self.expr()
        if self.accept_kw('GROUP'):
            self.expect_kw('BY')
            core.group_by.append(self.expr())
            while self.accept_op(','):
                core.group_by.append(self.expr())
        if self.accept_kw('HAVING'):
            core.having = self.expr()
        if self.at_kw('WINDOW'):
            self.error()
        return core

    def paren_exprs(self):
        self.expect_op('(')
        items = [self.expr()]
        while self.accept_op(','):
            items.append(self.expr())
        self.expect_op(')')
        return items

    def _result_column(self):
        if self.accept_op('*'):
            return ('*', None, None)
        kind = self.peek()[0]
        if kind in ('id', 'qid') or self.at_name():
            if self.peek(1)[:2] == ('op', '.') and self.peek(2)[:2] == ('op', '*'):
                table = self.name()
                self.advance(), self.advance()
                return ('t.*', table, None)
        start = self.pos
        expr = self.expr()
        text = self.text(start, self.pos)
        alias = None
        if self.accept_kw('AS'):
            alias = self.name_or_string()
        elif self.at_name() or self.peek()[0] == 'str':
            alias = self.name_or_string()
        return (expr, alias, text)

    # -- FROM --------------------------------------------------------------------------------------
    def _join_clause(self):
        left = self._table_or_subquery()
        while True:
            if self.accept_op(','):
                left = ('join', left, self._table_or_subquery(), 'CROSS', None, None)
                continue
            if not self.at_kw(*_JOIN_WORDS):
                return left
            natural = bool(self.accept_kw('NATURAL'))
            kind = 'INNER'
            word = self.accept_kw('LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS')
            if word in ('LEFT', 'RIGHT', 'FULL'):
                self.accept_kw('OUTER')
                kind = word
            elif word == 'CROSS':
                kind = 'CROSS'
            self.expect_kw('JOIN')
            right = self._table_or_subquery()
            on = using = None
            if natural:
                using = 'NATURAL'
            elif self.accept_kw('ON'):
                on = self.expr()
            elif self.accept_kw('USING'):
                self.expect_op('(')
                using = [self.name()]
                while self.accept_op(','):
                    using.append(self.name())
                self.expect_op(')')
            left = ('join', left, right, kind, on, using)

    def _table_or_subquery(self):
        if self.accept_op('('):
            if self.at_kw('SELECT', 'VALUES', 'WITH'):
                select = self.select()
                self.expect_op(')')
                return ('subquery', select, self._alias())
            inner = self._join_clause()
            self.expect_op(')')
            return inner
        name = self.name()
        if self.accept_op('.'):
            name = self.name()  # schema.table: one schema only
        if self.at_op('('):
            self.error()
        alias = self._alias()
        if self.accept_kw('INDEXED'):
            self.expect_kw('BY')
            self.name()
        elif self.at_kw('NOT') and self.peek(1)[1] == 'INDEXED':
            self.advance(), self.advance()
        return ('table', name, alias)

    def _alias(self):
        if self.accept_kw('AS'):
            return self.name_or_string()
        if self.at_name() or self.peek()[0] == 'str':
            return self.name_or_string()
        return None
