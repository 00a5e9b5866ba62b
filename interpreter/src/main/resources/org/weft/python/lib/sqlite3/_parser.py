"""SQL statements: DDL, DML, transactions and PRAGMA (https://www.sqlite.org/lang.html).

parse(sql) returns (statement, tail, cursor): the statement tuple, the SQL text after it (non-empty when
the caller gave several statements) and the token cursor, which knows the placeholders the statement uses.
"""

from sqlite3._errors import OperationalError
from sqlite3._parse_select import SelectParser


class ColumnDef:
    __slots__ = ('name', 'decltype', 'not_null', 'primary_key', 'descending', 'autoincrement', 'unique',
                 'default', 'checks', 'collate', 'references')

    def __init__(self, name, decltype):
        self.name = name
        self.decltype = decltype
        self.not_null = False
        self.primary_key = False
        self.descending = False
        self.autoincrement = False
        self.unique = False
        self.default = None
        self.checks = []          # (expr, text)
        self.collate = None
        self.references = None


class StatementParser(SelectParser):
    def statement(self):
        if self.at_kw('WITH'):
            ctes = self.with_clause()
            if self.at_kw('INSERT', 'UPDATE', 'DELETE', 'REPLACE'):
                return ('with', ctes, self.statement())
            return ('select', self.select(ctes))
        if self.at_kw('SELECT', 'VALUES'):
            return ('select', self.select())
        kind, word = self.peek()[:2]
        if kind != 'kw':
            self.error()
        handler = getattr(self, '_stmt_' + word.lower(), None)
        if handler is None:
            self.error()
        return handler()

    # -- DDL ---------------------------------------------------------------------------------------
    def _stmt_create(self):
        start = self.pos
        self.advance()
        self.accept_kw('TEMP', 'TEMPORARY')
        unique = bool(self.accept_kw('UNIQUE'))
        what = self.expect_kw('TABLE', 'INDEX', 'VIEW', 'TRIGGER', 'VIRTUAL')
        if what == 'VIRTUAL':
            raise OperationalError('CREATE VIRTUAL TABLE is not supported by this sqlite3')
        if unique and what != 'INDEX':
            self.error(self.tokens[self.pos - 1])
        if_not_exists = False
        if self.accept_kw('IF'):
            self.expect_kw('NOT')
            self.expect_kw('EXISTS')
            if_not_exists = True
        name_pos = self.pos
        name = self.name()
        if self.accept_op('.'):
            name_pos = self.pos
            name = self.name()
        if what == 'TABLE':
            return self._create_table(name, if_not_exists, start, name_pos)
        if what == 'TRIGGER':
            return self._create_trigger(name, if_not_exists, name_pos)
        if what == 'VIEW':
            self.expect_kw('AS')
            select = self.select()
            return ('create_view', name, if_not_exists, select, self._schema_text('VIEW', name_pos))
        self.expect_kw('ON')
        table = self.name()
        self.expect_op('(')
        columns = [self._indexed_column()]
        while self.accept_op(','):
            columns.append(self._indexed_column())
        self.expect_op(')')
        where = self.expr() if self.accept_kw('WHERE') else None
        text = self._schema_text('UNIQUE INDEX' if unique else 'INDEX', name_pos)
        return ('create_index', name, if_not_exists, table, columns, unique, where, text)

    def _create_trigger(self, name, if_not_exists, name_pos):
        """CREATE TRIGGER name [BEFORE|AFTER] event ON table [FOR EACH ROW] [WHEN e] BEGIN stmt; ... END."""
        timing = self.accept_kw('BEFORE', 'AFTER') or 'AFTER'
        if self.at_kw('INSTEAD'):
            raise OperationalError('INSTEAD OF triggers are not supported by this sqlite3')
        event = self.expect_kw('DELETE', 'INSERT', 'UPDATE')
        columns = None
        if event == 'UPDATE' and self.accept_kw('OF'):
            columns = [self.name()]
            while self.accept_op(','):
                columns.append(self.name())
        self.expect_kw('ON')
        table = self.name()
        if self.accept_kw('FOR'):
            self.expect_kw('EACH')
            self.expect_kw('ROW')
        when = self.expr() if self.accept_kw('WHEN') else None
        self.expect_kw('BEGIN')
        body = []
        while not self.at_kw('END'):
            if not self.at_kw('INSERT', 'UPDATE', 'DELETE', 'SELECT', 'REPLACE', 'WITH', 'VALUES'):
                self.error()
            body.append(self.statement())
            self.expect_op(';')
        self.expect_kw('END')
        text = self._schema_text('TRIGGER', name_pos)
        return ('create_trigger', name, if_not_exists, timing, event, columns, table, when, body, text)

    def _schema_text(self, what, name_pos):
        # SQLite keeps "CREATE <what> " followed by the statement's text from the name on.
        return 'CREATE %s %s' % (what, self.text(name_pos, self.pos))

    def _indexed_column(self):
        expr = self.expr()
        self.accept_kw('ASC', 'DESC')
        return expr

    def _create_table(self, name, if_not_exists, start, name_pos):
        if self.accept_kw('AS'):
            select = self.select()
            return ('create_table', name, if_not_exists, [], [], None, select)
        self.expect_op('(')
        columns, constraints = [], []
        while True:
            if self.at_kw('CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'):
                constraints.append(self._table_constraint())
            elif constraints:
                self.error()
            else:
                columns.append(self._column_def())
            if not self.accept_op(','):
                break
        self.expect_op(')')
        if self.accept_kw('WITHOUT'):
            self.name()
        if self.peek()[0] == 'id' and self.peek()[1].upper() == 'STRICT':
            self.advance()
        return ('create_table', name, if_not_exists, columns, constraints,
                self._schema_text('TABLE', name_pos), None)

    def _column_def(self):
        name = self.name()
        decltype = ''
        if self.at_name() and not self.at_kw('CONSTRAINT') or self.peek()[0] == 'id':
            decltype = self.type_name()
        column = ColumnDef(name, decltype)
        while self._column_constraint(column):
            pass
        return column

    def _column_constraint(self, column):
        if self.accept_kw('CONSTRAINT'):
            self.name()
        if self.accept_kw('PRIMARY'):
            self.expect_kw('KEY')
            column.primary_key = True
            column.descending = self.accept_kw('ASC', 'DESC') == 'DESC'
            self._conflict_clause()
            column.autoincrement = bool(self.accept_kw('AUTOINCREMENT'))
        elif self.accept_kw('NOT'):
            self.expect_kw('NULL')
            column.not_null = True
            self._conflict_clause()
        elif self.accept_kw('NULL'):
            self._conflict_clause()
        elif self.accept_kw('UNIQUE'):
            column.unique = True
            self._conflict_clause()
        elif self.accept_kw('CHECK'):
            column.checks.append(self._check())
        elif self.accept_kw('DEFAULT'):
            column.default = self._default_value()
        elif self.accept_kw('COLLATE'):
            column.collate = self.name().upper()
        elif self.accept_kw('REFERENCES'):
            column.references = self._foreign_key_clause()
        elif self.accept_kw('GENERATED') or self.at_kw('AS'):
            raise OperationalError('generated columns are not supported by this sqlite3')
        else:
            return False
        return True

    def _conflict_clause(self):
        if self.accept_kw('ON'):
            self.expect_kw('CONFLICT')
            self.expect_kw('ROLLBACK', 'ABORT', 'FAIL', 'IGNORE', 'REPLACE')

    def _check(self):
        self.expect_op('(')
        start = self.pos
        expr = self.expr()
        text = self.text(start, self.pos)
        self.expect_op(')')
        return (expr, text)

    def _default_value(self):
        if self.accept_op('('):
            expr = self.expr()
            self.expect_op(')')
            return expr
        sign = self.accept_op('+', '-')
        kind, value = self.peek()[:2]
        if kind in ('int', 'real', 'str', 'blob'):
            self.advance()
            return ('lit', -value if sign == '-' else value)
        if self.at_kw('NULL', 'CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP') and not sign:
            return self._primary()
        if kind == 'id' and not sign:
            self.advance()
            return ('lit', value)
        self.error()

    def _foreign_key_clause(self):
        table = self.name()
        columns = []
        if self.accept_op('('):
            columns.append(self.name())
            while self.accept_op(','):
                columns.append(self.name())
            self.expect_op(')')
        actions = {}
        while True:
            if self.accept_kw('ON'):
                event = self.expect_kw('DELETE', 'UPDATE')
                if self.accept_kw('SET'):
                    action = 'SET ' + self.expect_kw('NULL', 'DEFAULT')
                elif self.accept_kw('NO'):
                    self.expect_kw('ACTION')
                    action = 'NO ACTION'
                else:
                    action = self.expect_kw('CASCADE', 'RESTRICT')
                actions[event] = action
            elif self.accept_kw('MATCH'):
                self.name()
            elif self.at_kw('NOT') and self.peek(1)[1] == 'DEFERRABLE' or self.at_kw('DEFERRABLE'):
                self.accept_kw('NOT')
                self.advance()
                if self.accept_kw('INITIALLY'):
                    self.expect_kw('DEFERRED', 'IMMEDIATE')
            else:
                return (table, columns, actions)

    def _name_list(self):
        self.expect_op('(')
        names = [self.name()]
        while self.accept_op(','):
            names.append(self.name())
        self.expect_op(')')
        return names

    def _table_constraint(self):
        if self.accept_kw('CONSTRAINT'):
            self.name()
        word = self.expect_kw('PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN')
        if word == 'CHECK':
            return ('check', self._check())
        if word == 'FOREIGN':
            self.expect_kw('KEY')
            columns = self._name_list()
            self.expect_kw('REFERENCES')
            return ('foreign', columns, self._foreign_key_clause())
        if word == 'PRIMARY':
            self.expect_kw('KEY')
        self.expect_op('(')
        names = [self._indexed_name()]
        while self.accept_op(','):
            names.append(self._indexed_name())
        self.expect_op(')')
        self._conflict_clause()
        return ('primary' if word == 'PRIMARY' else 'unique', names)

    def _indexed_name(self):
        name = self.name()
        if self.accept_kw('COLLATE'):
            self.name()
        self.accept_kw('ASC', 'DESC')
        return name

    def _stmt_drop(self):
        self.advance()
        what = self.expect_kw('TABLE', 'INDEX', 'VIEW', 'TRIGGER')
        if_exists = False
        if self.accept_kw('IF'):
            self.expect_kw('EXISTS')
            if_exists = True
        name = self.name()
        if self.accept_op('.'):
            name = self.name()
        return ('drop', what, name, if_exists)

    def _stmt_alter(self):
        self.advance()
        self.expect_kw('TABLE')
        table = self.name()
        if self.accept_kw('RENAME'):
            if self.accept_kw('TO'):
                return ('alter_rename', table, self.name())
            self.accept_kw('COLUMN')
            old = self.name()
            self.expect_kw('TO')
            return ('alter_rename_column', table, old, self.name())
        if self.accept_kw('ADD'):
            self.accept_kw('COLUMN')
            start = self.pos
            column = self._column_def()
            return ('alter_add', table, column, self.text(start, self.pos))
        if self.accept_kw('DROP'):
            self.accept_kw('COLUMN')
            return ('alter_drop', table, self.name())
        self.error()

    # -- DML ---------------------------------------------------------------------------------------
    def _conflict_word(self):
        if self.accept_kw('OR'):
            return self.expect_kw('ROLLBACK', 'ABORT', 'FAIL', 'IGNORE', 'REPLACE')
        return None

    def _stmt_replace(self):
        self.advance()
        return self._insert_rest('REPLACE')

    def _stmt_insert(self):
        self.advance()
        return self._insert_rest(self._conflict_word())

    def _insert_rest(self, conflict):
        self.expect_kw('INTO')
        table = self.name()
        if self.accept_op('.'):
            table = self.name()
        alias = self.name() if self.accept_kw('AS') else None
        columns = None
        if self.at_op('('):
            columns = self._name_list()
        if self.accept_kw('DEFAULT'):
            self.expect_kw('VALUES')
            source = ('default',)
        else:
            if not self.at_kw('VALUES', 'SELECT', 'WITH'):
                self.error()
            source = ('select', self.select())
        upsert = self._upsert() if self.at_kw('ON') else None
        returning = self._returning()
        return ('insert', conflict, table, columns, source, upsert, returning)

    def _upsert(self):
        self.expect_kw('ON')
        self.expect_kw('CONFLICT')
        target = None
        if self.accept_op('('):
            target = [self._indexed_name()]
            while self.accept_op(','):
                target.append(self._indexed_name())
            self.expect_op(')')
            if self.accept_kw('WHERE'):
                self.expr()
        self.expect_kw('DO')
        if self.accept_kw('NOTHING'):
            return (target, None, None)
        self.expect_kw('UPDATE')
        self.expect_kw('SET')
        sets = self._assignments()
        where = self.expr() if self.accept_kw('WHERE') else None
        return (target, sets, where)

    def _returning(self):
        if not self.accept_kw('RETURNING'):
            return None
        columns = [self._result_column()]
        while self.accept_op(','):
            columns.append(self._result_column())
        return columns

    def _assignments(self):
        sets = []
        while True:
            if self.at_op('('):
                names = self._name_list()
            else:
                names = [self.name()]
            self.expect_op('=')
            sets.append((names, self.expr()))
            if not self.accept_op(','):
                return sets

    def _stmt_update(self):
        self.advance()
        conflict = self._conflict_word()
        table = self.name()
        alias = self._maybe_alias()
        self.expect_kw('SET')
        sets = self._assignments()
        source = None
        if self.accept_kw('FROM'):
            source = self._join_clause()
        where = self.expr() if self.accept_kw('WHERE') else None
        returning = self._returning()
        return ('update', conflict, table, alias, sets, source, where, returning)

    def _maybe_alias(self):
        if self.accept_kw('AS'):
            return self.name()
        return None

    def _stmt_delete(self):
        self.advance()
        self.expect_kw('FROM')
        table = self.name()
        alias = self._maybe_alias()
        where = self.expr() if self.accept_kw('WHERE') else None
        returning = self._returning()
        return ('delete', table, alias, where, returning)

    # -- transactions and the rest -----------------------------------------------------------------
    def _stmt_begin(self):
        self.advance()
        self.accept_kw('DEFERRED', 'IMMEDIATE', 'EXCLUSIVE')
        self.accept_kw('TRANSACTION')
        return ('begin',)

    def _stmt_commit(self):
        self.advance()
        self.accept_kw('TRANSACTION')
        return ('commit',)

    def _stmt_end(self):
        return self._stmt_commit()

    def _stmt_rollback(self):
        self.advance()
        self.accept_kw('TRANSACTION')
        if self.accept_kw('TO'):
            self.accept_kw('SAVEPOINT')
            return ('rollback_to', self.name())
        return ('rollback',)

    def _stmt_savepoint(self):
        self.advance()
        return ('savepoint', self.name())

    def _stmt_release(self):
        self.advance()
        self.accept_kw('SAVEPOINT')
        return ('release', self.name())

    def _stmt_pragma(self):
        self.advance()
        name = self.name()
        if self.accept_op('.'):
            name = self.name()
        value = None
        if self.accept_op('='):
            value = self._pragma_value()
        elif self.accept_op('('):
            value = self._pragma_value()
            self.expect_op(')')
        return ('pragma', name.lower(), value)

    def _pragma_value(self):
        sign = self.accept_op('+', '-') or ''
        kind, value = self.advance()[:2]
        if kind in ('int', 'real'):
            return -value if sign == '-' else value
        if kind in ('id', 'qid', 'str', 'kw'):
            return value
        self.error(self.tokens[self.pos - 1])

    def _stmt_vacuum(self):
        self.advance()
        return ('noop',)

    def _stmt_analyze(self):
        self.advance()
        if self.at_name():
            self.name()
        return ('noop',)

    def _stmt_explain(self):
        raise OperationalError('EXPLAIN is not supported by this sqlite3')

    def _stmt_attach(self):
        raise OperationalError('ATTACH is not supported by this sqlite3')


def parse(sql):
    """The first statement of sql, the text after it, and the parser (for its placeholders)."""
    parser = StatementParser(sql)
    while parser.accept_op(';'):
        pass
    if parser.peek()[0] == 'eof':
        return None, '', parser
    statement = parser.statement()
    if not parser.at_eof():
        parser.error()
    end = parser.peek()
    tail = sql[end[3]:] if end[0] == 'op' else ''
    return statement, tail, parser
