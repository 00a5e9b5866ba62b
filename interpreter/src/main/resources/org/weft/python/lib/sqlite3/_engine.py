"""Prepares a statement (parse, then compile against the schema) and runs it, with statement atomicity and
the transaction statements (https://www.sqlite.org/lang_transaction.html)."""

from sqlite3._compile_select import SelectCompiler
from sqlite3._ddl import DdlCompiler
from sqlite3._dml import DmlCompiler
from sqlite3._errors import OperationalError
from sqlite3._parser import parse
from sqlite3._pragma import compile_pragma
from sqlite3._triggers import TriggerRunner


class Prepared:
    """A compiled statement: names is None for a statement that returns no rows."""
    __slots__ = ('kind', 'names', 'decltypes', 'run', 'param_count', 'param_names', 'is_dml', 'generation',
                 'params')

    def __init__(self, kind, names, decltypes, run, parser, generation):
        self.kind = kind
        self.names = names
        self.decltypes = decltypes
        self.run = run
        self.param_count = parser.param_count
        self.param_names = parser.param_names
        self.is_dml = kind in ('insert', 'update', 'delete')
        self.generation = generation
        self.params = None      # the list the compiled placeholders read


class _Compiled:
    """A statement of a trigger's body, compiled."""
    __slots__ = ('names', 'run')

    def __init__(self, names, run):
        self.names = names
        self.run = run


class Engine(SelectCompiler, DmlCompiler, DdlCompiler, TriggerRunner):
    def compile_trigger_statement(self, statement):
        kind, names, decltypes, run = self.compile_statement(statement)
        return _Compiled(names, run)

    def __init__(self, context):
        self.context = context

    def prepare(self, sql):
        """(Prepared or None for an empty statement, the SQL after the first statement)."""
        statement, tail, parser = parse(sql)
        if statement is None:
            return None, tail
        params = self.context.params = [None] * parser.param_count
        if statement[0] == 'with':
            # WITH before INSERT/UPDATE/DELETE: the CTEs are visible while the statement compiles.
            self.context.push_ctes()
            try:
                for name, columns, body in statement[1]:
                    self._define_cte(name, columns, body, None)
                return self._prepare(statement[2], parser, params), tail
            finally:
                self.context.pop_ctes()
        return self._prepare(statement, parser, params), tail

    def _prepare(self, statement, parser, params):
        kind, names, decltypes, run = self.compile_statement(statement)
        prepared = Prepared(kind, names, decltypes, run, parser, self.context.database.generation)
        prepared.params = params
        return prepared

    def compile_statement(self, statement):
        """(kind, names or None, decltypes, run) of one parsed statement."""
        kind = statement[0]
        names = decltypes = None
        if kind == 'with':
            self.context.push_ctes()
            try:
                for name, columns, body in statement[1]:
                    self._define_cte(name, columns, body, None)
                return self.compile_statement(statement[2])
            finally:
                self.context.pop_ctes()
        if kind == 'select':
            plan = self.compile_select(statement[1], None)
            names, decltypes = plan.names, plan.decltypes
            run = plan.run
        elif kind == 'insert':
            names, run = self.compile_insert(statement)
        elif kind == 'update':
            names, run = self.compile_update(statement)
        elif kind == 'delete':
            names, run = self.compile_delete(statement)
        elif kind == 'create_table':
            run = self.compile_create_table(statement)
        elif kind == 'create_index':
            run = self.compile_create_index(statement)
        elif kind == 'create_view':
            run = self.compile_create_view(statement)
        elif kind == 'create_trigger':
            run = self.compile_create_trigger(statement)
        elif kind == 'drop':
            run = self.compile_drop(statement)
        elif kind.startswith('alter'):
            run = self.compile_alter(statement)
        elif kind == 'pragma':
            names, run = compile_pragma(self.context, statement)
            decltypes = [None] * len(names) if names else None
        else:
            run = self._transaction(statement)
        if names is not None and decltypes is None:
            decltypes = [None] * len(names)
        return kind, names, decltypes, run

    def execute(self, prepared, params):
        """Run a prepared statement with its parameters bound; the rows it returns (or None) and its changes."""
        context = self.context
        prepared.params[:] = params
        context.run_id += 1
        database = context.database
        state = context.state
        if prepared.kind in ('begin', 'commit', 'rollback', 'rollback_to', 'savepoint', 'release', 'noop'):
            prepared.run()
            return None, 0
        mark = len(database.journal)
        ok = False
        try:
            if prepared.names is not None and prepared.is_dml:
                result, changes = prepared.run(None)
            elif prepared.names is not None:
                result = prepared.run(None)
                changes = 0
            else:
                result = None
                changes = prepared.run()
            ok = True
        finally:
            database.end_statement(ok, mark)
        if prepared.is_dml:
            state.changes = changes
            state.total_changes += changes
        return result, changes

    def _transaction(self, statement):
        database = self.context.database
        kind = statement[0]

        def begin():
            if database.in_transaction:
                raise OperationalError('cannot start a transaction within a transaction')
            database.in_transaction = True
            database.journal = []
            database.savepoints = []

        def commit():
            if not database.in_transaction:
                raise OperationalError('cannot commit - no transaction is active')
            database.in_transaction = False
            database.journal = []
            database.savepoints = []

        def rollback():
            if not database.in_transaction:
                raise OperationalError('cannot rollback - no transaction is active')
            database.undo_to(0)
            database.in_transaction = False
            database.savepoints = []

        def savepoint():
            if not database.in_transaction:
                database.in_transaction = True
                database.journal = []
                database.savepoints = [(statement[1].lower(), 0, True)]
            else:
                database.savepoints.append((statement[1].lower(), len(database.journal), False))

        def find(name):
            for i in range(len(database.savepoints) - 1, -1, -1):
                if database.savepoints[i][0] == name.lower():
                    return i
            raise OperationalError('no such savepoint: %s' % name)

        def release():
            i = find(statement[1])
            started = database.savepoints[i][2]
            del database.savepoints[i:]
            if started and not database.savepoints:
                commit()

        def rollback_to():
            i = find(statement[1])
            database.undo_to(database.savepoints[i][1])
            del database.savepoints[i + 1:]

        return {'begin': begin, 'commit': commit, 'rollback': rollback, 'savepoint': savepoint,
                'release': release, 'rollback_to': rollback_to, 'noop': lambda: None}[kind]
