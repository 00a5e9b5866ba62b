"""What compiled statements need while they are prepared and run: the database, the connection's functions,
the bound parameters, the statement's CTEs, and counters such as changes() and last_insert_rowid()."""

from sqlite3._errors import OperationalError


class ConnectionState:
    """Counters that SQL functions read: total_changes(), changes(), last_insert_rowid()."""

    def __init__(self):
        self.total_changes = 0
        self.changes = 0
        self.last_rowid = 0


def to_sql_value(value):
    """A value a user function returned, as SQLite stores it; None when it has no SQL form."""
    t = type(value)
    if value is None or t is int or t is float or t is str or t is bytes:
        if t is int and not -(1 << 63) <= value < 1 << 63:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        return value
    if t is bool:
        return int(value)
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    raise TypeError('unsupported result type')


class Context:
    def __init__(self, database, functions, aggregates, collations, state):
        self.database = database
        self.functions = functions      # (lower name, nargs) -> Python callable; nargs -1 is any
        self.aggregates = aggregates    # (lower name, nargs) -> class
        self.collations = collations    # lower name -> callable
        self.state = state
        self.connection_state = state
        self.params = []
        self.run_id = 0
        self._ctes = []
        self.trigger_table = None   # while a trigger body compiles: the table whose NEW and OLD it reads
        self.trigger_rows = []      # while triggers run: OLD + NEW of each firing, innermost last
        self.returning = None       # while a statement with RETURNING runs: (table, fns, rows)

    # -- functions ---------------------------------------------------------------------------------
    def function(self, lower, nargs):
        func = self.functions.get((lower, nargs)) or self.functions.get((lower, -1))
        if func is None:
            return None

        def call(args):
            try:
                return to_sql_value(func(*args))
            except Exception:
                raise OperationalError('user-defined function raised exception') from None
        return call

    def has_function(self, lower):
        return any(name == lower for name, _ in self.functions)

    def aggregate(self, lower, nargs):
        cls = self.aggregates.get((lower, nargs)) or self.aggregates.get((lower, -1))
        return ('user', cls) if cls is not None else None

    def new_aggregate(self, factory, name, collation):
        if factory[0] == 'user':
            try:
                return factory[1]()
            except Exception:
                raise OperationalError("user-defined aggregate's '__init__' method raised error") from None
        return factory[0](collation)

    def step_aggregate(self, state, name, args):
        if hasattr(state, 'final'):
            state.step(args)
            return
        try:
            state.step(*args)
        except Exception:
            raise OperationalError("user-defined aggregate's 'step' method raised error") from None

    def final_aggregate(self, state, name):
        if hasattr(state, 'final'):
            return state.final()
        try:
            return to_sql_value(state.finalize())
        except Exception:
            raise OperationalError("user-defined aggregate's 'finalize' method raised error") from None

    # -- common table expressions ------------------------------------------------------------------
    def push_ctes(self):
        self._ctes.append({})

    def pop_ctes(self):
        self._ctes.pop()

    def define_cte(self, name, value):
        self._ctes[-1][name.lower()] = value

    def find_cte(self, name):
        lower = name.lower()
        for frame in reversed(self._ctes):
            if lower in frame:
                return frame[lower]
        return None
