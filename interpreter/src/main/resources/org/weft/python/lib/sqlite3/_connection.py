"""sqlite3.Connection: one session with a database, its transaction and its functions."""

import os
import threading

from sqlite3._context import Context, ConnectionState
from sqlite3._engine import Engine
from sqlite3._errors import (ProgrammingError, OperationalError, Error, Warning, InterfaceError,
                             DatabaseError, DataError, IntegrityError, InternalError, NotSupportedError)
from sqlite3._store import Database, REGISTRY


def _is_dml(sql):
    text = sql.lstrip()
    while text.startswith(('--', '/*')):
        if text.startswith('--'):
            end = text.find('\n')
            text = '' if end < 0 else text[end + 1:].lstrip()
        else:
            end = text.find('*/')
            text = '' if end < 0 else text[end + 2:].lstrip()
    word = text[:7].upper()
    return word.startswith(('INSERT', 'UPDATE', 'DELETE', 'REPLACE'))


def _open(database, uri):
    """(Database, read_only) for a connect() argument: ":memory:", a file name, or a "file:" URI."""
    name = os.fsdecode(database) if not isinstance(database, str) else database
    mode = 'rwc'
    if uri and name.startswith('file:'):
        path, _, query = name[5:].partition('?')
        options = dict(part.partition('=')[::2] for part in query.split('&') if part)
        mode = options.get('mode', 'rwc')
        if mode not in ('ro', 'rw', 'rwc', 'memory'):
            raise OperationalError('no such access mode: %s' % mode)
        if mode == 'memory' or path in ('', ':memory:'):
            if options.get('cache') == 'shared' and path:
                return REGISTRY.open('memory:' + path), False
            return Database(), False
        name = path
    if name in (':memory:', ''):
        return Database(), False
    path = os.path.abspath(name)
    if mode in ('ro', 'rw'):
        database = REGISTRY.find(path)
        if database is None and not os.path.isfile(path):
            raise OperationalError('unable to open database file')
    elif not os.path.isdir(os.path.dirname(path)):
        raise OperationalError('unable to open database file')
    database = REGISTRY.open(path)
    return database, mode == 'ro'


_WRITES = ('insert', 'update', 'delete', 'create_table', 'create_index', 'create_view', 'create_trigger', 'drop',
           'alter_rename', 'alter_add', 'alter_rename_column', 'alter_drop')


class Connection:
    # The exception classes, also reachable from a connection (DB-API optional extension).
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        self._database, self._read_only = _open(database, uri)
        self._functions = {}
        self._aggregates = {}
        self._collations = {}
        self._state = ConnectionState()
        self._context = Context(self._database, self._functions, self._aggregates, self._collations, self._state)
        self._engine = Engine(self._context)
        self._closed = False
        self._thread = threading.get_ident()
        self._check_same_thread = check_same_thread
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        self._trace = None

    # -- checks ------------------------------------------------------------------------------------
    def _check(self):
        if self._check_same_thread and threading.get_ident() != self._thread:
            raise ProgrammingError('SQLite objects created in a thread can only be used in that same thread. '
                                   'The object was created in thread id %d and this is thread id %d.'
                                   % (self._thread, threading.get_ident()))
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed database.')

    # -- properties --------------------------------------------------------------------------------
    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is not None:
            if not isinstance(value, str):
                raise TypeError('isolation_level must be str or None, not %s' % type(value).__name__)
            if value.upper() not in ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'):
                raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        elif not self._closed and getattr(self, '_database', None) is not None and self._database.in_transaction:
            self._run_control('COMMIT')
        self._isolation_level = value

    @property
    def in_transaction(self):
        self._check()
        return self._database.in_transaction

    @property
    def total_changes(self):
        self._check()
        return self._state.total_changes

    # -- statements --------------------------------------------------------------------------------
    def cursor(self, factory=None):
        self._check()
        from sqlite3.dbapi2 import Cursor
        cursor = (factory or Cursor)(self)
        if not isinstance(cursor, Cursor):
            raise TypeError('factory must return a cursor, not %s' % type(cursor).__name__)
        if self.row_factory is not None and cursor.row_factory is None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def _run_control(self, sql):
        with self._database.lock:
            prepared, _ = self._engine.prepare(sql)
            self._engine.execute(prepared, [])

    def _implicit_begin(self, sql):
        if self._isolation_level is not None and not self._database.in_transaction and _is_dml(sql):
            self._run_control('BEGIN')

    def commit(self):
        self._check()
        if self._database.in_transaction:
            self._run_control('COMMIT')

    def rollback(self):
        self._check()
        if self._database.in_transaction:
            self._run_control('ROLLBACK')

    def close(self):
        if self._check_same_thread and threading.get_ident() != self._thread:
            self._check()
        if not self._closed:
            if self._database.in_transaction:
                self._run_control('ROLLBACK')
            self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    # -- user functions ----------------------------------------------------------------------------
    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        key = (name.lower(), narg)
        if func is None:
            self._functions.pop(key, None)
        else:
            self._functions[key] = func

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        key = (name.lower(), n_arg)
        if aggregate_class is None:
            self._aggregates.pop(key, None)
        else:
            self._aggregates[key] = aggregate_class

    def create_collation(self, name, callable):
        self._check()
        if callable is not None and not hasattr(callable, '__call__'):
            raise TypeError('parameter must be callable')
        if callable is None:
            self._collations.pop(name.lower(), None)
        else:
            self._collations[name.lower()] = callable

    def set_trace_callback(self, trace_callback):
        self._check()
        self._trace = trace_callback

    def interrupt(self):
        pass

    def set_authorizer(self, authorizer_callback):
        self._check()

    def set_progress_handler(self, progress_handler, n):
        self._check()

    def iterdump(self):
        from sqlite3._dump import iterdump
        return iterdump(self)

    def backup(self, target, *, pages=-1, progress=None, name='main', sleep=0.25):
        self._check()
        target._check()
        import copy
        target._database.schema = copy.deepcopy(self._database.schema)
        target._database.order = list(self._database.order)
        target._database.generation += 1
