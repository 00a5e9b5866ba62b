"""sqlite3.Cursor: runs statements with bound parameters and hands out their rows."""

import threading

from sqlite3._adapt import bind_value, converters
from sqlite3._errors import ProgrammingError, OperationalError, InterfaceError, Error
from sqlite3._connection import _is_dml, _WRITES

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2


def _bind(prepared, parameters):
    count = prepared.param_count
    if isinstance(parameters, dict):
        values = []
        for i in range(1, count + 1):
            name = prepared.param_names.get(i)
            if name is None:
                raise ProgrammingError('Binding %d has no name, but you supplied a dictionary (which has only '
                                       'names).' % i)
            try:
                value = parameters[name[1:]]
            except LookupError:
                raise ProgrammingError('You did not supply a value for binding parameter %s.' % (':' + name[1:])) \
                    from None
            values.append(bind_value(value, i))
        return values
    if isinstance(parameters, (tuple, list)) or (hasattr(parameters, '__len__') and
                                                 hasattr(parameters, '__getitem__')):
        if len(parameters) != count:
            raise ProgrammingError('Incorrect number of bindings supplied. The current statement uses %d, and '
                                   'there are %d supplied.' % (count, len(parameters)))
        return [bind_value(parameters[i], i + 1) for i in range(count)]
    raise ProgrammingError('parameters are of unsupported type')


class Cursor:
    def __init__(self, connection):
        from sqlite3._connection import Connection
        if not isinstance(connection, Connection):
            raise TypeError('Cursor() argument 1 must be sqlite3.Connection, not %s' % type(connection).__name__)
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self._rows = []
        self._position = 0
        self._final_rowcount = None
        self._closed = False
        self.description = None
        self.rowcount = -1
        self.lastrowid = None

    @property
    def connection(self):
        return self._connection

    def _check(self):
        self._connection._check()
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')

    # -- running -----------------------------------------------------------------------------------
    def execute(self, sql, parameters=()):
        self._check()
        if not isinstance(sql, str):
            raise TypeError('execute() argument 1 must be str, not %s' % type(sql).__name__)
        return self._execute(sql, [parameters], False)

    def executemany(self, sql, seq_of_parameters):
        self._check()
        if not isinstance(sql, str):
            raise TypeError('executemany() argument 1 must be str, not %s' % type(sql).__name__)
        return self._execute(sql, seq_of_parameters, True)

    def _execute(self, sql, parameter_sets, many):
        connection = self._connection
        engine = connection._engine
        if many:
            try:
                parameter_sets = iter(parameter_sets)
            except TypeError:
                raise TypeError("'%s' object is not iterable" % type(parameter_sets).__name__) from None
        self._rows = []
        self._position = 0
        self.description = None
        self.rowcount = -1
        database = connection._database
        with database.lock:
            if connection._trace is not None:
                connection._trace(sql)
            try:
                prepared, tail = engine.prepare(sql)
            except RecursionError:
                raise OperationalError('parser stack overflow') from None
            if prepared is not None and _has_statement(tail):
                raise ProgrammingError('You can only execute one statement at a time.')
            if prepared is None:
                return self
            if connection._read_only and prepared.kind in _WRITES:
                raise OperationalError('attempt to write a readonly database')
            if many and prepared.names is not None and not prepared.is_dml:
                raise ProgrammingError('executemany() can only execute DML statements.')
            connection._implicit_begin(sql)
            total = 0
            rows = None
            if not many:
                parameter_sets = [parameter_sets[0]]
            for parameters in parameter_sets:
                values = _bind(prepared, parameters)
                try:
                    rows, changes = engine.execute(prepared, values)
                except RecursionError:
                    raise OperationalError('Expression tree is too large (maximum depth 1000)') from None
                total += changes
            self._final_rowcount = None
            if prepared.is_dml:
                self.rowcount = total
                if prepared.names is not None and rows:
                    # RETURNING: Python sees the count once the last row has been fetched
                    self.rowcount = 0
                    self._final_rowcount = total
            if not many:
                self.lastrowid = connection._state.last_rowid
            if prepared.names is not None:
                self.description = tuple((name, None, None, None, None, None, None)
                                         for name in self._column_names(prepared.names))
                self._rows = self._convert(rows or [], prepared)
        return self

    def _column_names(self, names):
        if self._connection.detect_types & PARSE_COLNAMES:
            out = []
            for name in names:
                i = name.find('[')
                out.append(name[:i].rstrip() if i >= 0 else name)
            return out
        return names

    def _convert(self, rows, prepared):
        connection = self._connection
        text_factory = connection.text_factory
        detect = connection.detect_types
        funcs = None
        if detect and converters:
            funcs = []
            for name, decl in zip(prepared.names, prepared.decltypes or [None] * len(prepared.names)):
                converter = None
                if detect & PARSE_COLNAMES:
                    i, j = name.find('['), name.find(']')
                    if 0 <= i < j:
                        converter = converters.get(name[i + 1:j].upper())
                if converter is None and detect & PARSE_DECLTYPES and decl:
                    word = decl.split('(')[0].strip().split(' ')[0]
                    converter = converters.get(word.upper())
                funcs.append(converter)
            if not any(funcs):
                funcs = None
        if text_factory is str and funcs is None:
            return rows
        out = []
        for row in rows:
            values = []
            for i, value in enumerate(row):
                converter = funcs[i] if funcs else None
                if converter is not None and value is not None:
                    data = value if type(value) is bytes else str(value).encode('utf-8') \
                        if type(value) is not str else value.encode('utf-8')
                    value = converter(data)
                elif type(value) is str and text_factory is not str:
                    if text_factory is bytes:
                        value = value.encode('utf-8')
                    else:
                        value = text_factory(value.encode('utf-8'))
                values.append(value)
            out.append(tuple(values))
        return out

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError('executescript() argument must be str, not %s' % type(sql_script).__name__)
        connection = self._connection
        if connection._database.in_transaction:
            connection._run_control('COMMIT')
        engine = connection._engine
        sql = sql_script
        with connection._database.lock:
            while True:
                prepared, tail = engine.prepare(sql)
                if prepared is not None:
                    engine.execute(prepared, [None] * prepared.param_count)
                if not _has_statement(tail):
                    break
                sql = tail
        # Python 3.11 leaves description and lastrowid as the previous statement left them.
        self._rows = []
        self._position = 0
        return self

    # -- fetching ----------------------------------------------------------------------------------
    def _make(self, row):
        factory = self.row_factory
        if factory is None:
            return row
        return factory(self, row)

    def _advanced(self):
        if self._final_rowcount is not None and self._position >= len(self._rows):
            self.rowcount = self._final_rowcount
            self._final_rowcount = None

    def fetchone(self):
        self._check()
        if self._position >= len(self._rows):
            return None
        row = self._rows[self._position]
        self._position += 1
        self._advanced()
        return self._make(row)

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        # Python 3.11 counts rows up to size, so a size below 1 never stops it: every row comes back.
        end = len(self._rows) if size <= 0 else min(self._position + size, len(self._rows))
        rows = self._rows[self._position:end]
        self._position = end
        self._advanced()
        return [self._make(r) for r in rows]

    def fetchall(self):
        self._check()
        rows = self._rows[self._position:]
        self._position = len(self._rows)
        self._advanced()
        return [self._make(r) for r in rows]

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self._closed = True
        self._rows = []

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


def _has_statement(tail):
    """Whether SQL text holds anything but blanks, comments and semicolons."""
    i, n = 0, len(tail)
    while i < n:
        c = tail[i]
        if c in ' \t\r\n\f;':
            i += 1
        elif tail.startswith('--', i):
            j = tail.find('\n', i)
            i = n if j < 0 else j + 1
        elif tail.startswith('/*', i):
            j = tail.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            return True
    return False
