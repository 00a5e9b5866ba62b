"""The PRAGMA statements programs use most (https://www.sqlite.org/pragma.html); others do nothing."""

from sqlite3._errors import OperationalError


def _table_info(database, name):
    table = database.get(name or '', 'table')
    if table is None:
        return []
    rows = []
    pk_order = {}
    n = 0
    for i, c in enumerate(table.columns):
        if c.primary_key:
            n += 1
            pk_order[i] = n
    for i, c in enumerate(table.columns):
        default = None
        if c.default is not None:
            default = _default_text(c.default)
        rows.append((i, c.name, c.decltype, 1 if c.not_null else 0, default, pk_order.get(i, 0)))
    return rows


def _default_text(expr):
    if expr[0] == 'lit':
        value = expr[1]
        if value is None:
            return 'NULL'
        if type(value) is str:
            return "'%s'" % value.replace("'", "''")
        if type(value) is bytes:
            return "X'%s'" % value.hex().upper()
        return repr(value) if type(value) is float else str(value)
    if expr[0] == 'func':
        return expr[1]
    return None


def compile_pragma(context, statement):
    _, name, value = statement
    database = context.database
    if name == 'table_info':
        names = ['cid', 'name', 'type', 'notnull', 'dflt_value', 'pk']
        return names, lambda env: _table_info(database, value)
    if name == 'foreign_keys':
        if value is None:
            return ['foreign_keys'], lambda env: [(1 if database.foreign_keys else 0,)]

        def set_fk():
            text = str(value).lower()
            database.foreign_keys = text in ('1', 'on', 'true', 'yes')
            return 0
        return None, set_fk
    if name == 'user_version':
        if value is None:
            return ['user_version'], lambda env: [(getattr(database, 'user_version', 0),)]

        def set_version():
            database.user_version = int(value)
            return 0
        return None, set_version
    if name in _LISTS:
        names, rows = _LISTS[name]
        return names, lambda env: rows(database, value)
    if name in _SETTINGS:
        default = _SETTINGS[name]
        settings = database.__dict__.setdefault('pragmas', {})
        if value is None:
            column = 'timeout' if name == 'busy_timeout' else name
            return [column], lambda env: [(settings.get(name, default(database)),)]
        if name == 'journal_mode':
            def set_mode(env):
                mode = str(value).lower()
                if getattr(database, 'path', None) is not None and mode in _JOURNAL_MODES:
                    settings[name] = mode
                return [(settings.get(name, default(database)),)]
            return [name], set_mode

        def set_value():
            settings[name] = _setting_value(value)
            return 0
        return None, set_value
    return None, lambda: 0


_JOURNAL_MODES = ('delete', 'truncate', 'persist', 'memory', 'wal', 'off')


def _setting_value(value):
    text = str(value).lower()
    named = {'on': 1, 'true': 1, 'yes': 1, 'off': 0, 'false': 0, 'no': 0, 'normal': 1, 'full': 2, 'extra': 3}
    if text in named:
        return named[text]
    return value


# Pragmas that read (and some that set) one value, with the value SQLite reports by default.
_SETTINGS = {
    'journal_mode': lambda db: 'memory' if getattr(db, 'path', None) is None else 'delete',
    'synchronous': lambda db: 2,
    'encoding': lambda db: 'UTF-8',
    'integrity_check': lambda db: 'ok',
    'quick_check': lambda db: 'ok',
    'page_size': lambda db: 4096,
    'cache_size': lambda db: -2000,
    'busy_timeout': lambda db: 5000,
    'recursive_triggers': lambda db: 0,
    'count_changes': lambda db: 0,
    'case_sensitive_like': lambda db: 0,
    'temp_store': lambda db: 0,
    'auto_vacuum': lambda db: 0,
    'application_id': lambda db: 0,
}


def _index_list(database, name):
    table = database.get(name or '', 'table')
    if table is None:
        return []
    entries = []
    for u in table.uniques:
        if u.sql is None:
            origin = 'pk' if all(table.columns[i].primary_key for i in u.columns) else 'u'
            entries.append((u.name, 1, origin))
    for lower in database.order:
        kind, obj = database.schema[lower]
        if kind == 'index' and obj.table.lower() == table.name.lower():
            entries.append((obj.name, 1 if obj.unique else 0, 'c'))
    entries.reverse()
    return [(seq, n, unique, origin, 0) for seq, (n, unique, origin) in enumerate(entries)]


def _index_info(database, name):
    lower = (name or '').lower()
    entry = database.schema.get(lower)
    if entry is not None and entry[0] == 'index':
        table = database.get(entry[1].table, 'table')
        return [(seq, i, table.columns[i].name) for seq, i in enumerate(entry[1].columns)]
    for table in database.tables():
        for u in table.uniques:
            if u.name.lower() == lower:
                return [(seq, i, table.columns[i].name) for seq, i in enumerate(u.columns)]
    return []


def _foreign_key_list(database, name):
    table = database.get(name or '', 'table')
    if table is None:
        return []
    rows = []
    for n, (columns, parent, parent_columns, actions) in enumerate(reversed(table.foreign_keys)):
        for seq, i in enumerate(columns):
            to = parent_columns[seq] if seq < len(parent_columns) else None
            rows.append((n, seq, parent, table.columns[i].name, to, actions.get('UPDATE', 'NO ACTION'),
                         actions.get('DELETE', 'NO ACTION'), 'NONE'))
    return rows


def _table_list(database, name):
    rows = []
    for lower in database.order:
        kind, obj = database.schema[lower]
        if kind == 'table':
            rows.append(('main', obj.name, 'table', len(obj.columns), 0, 0))
        elif kind == 'view':
            rows.append(('main', obj.name, 'view', 0, 0, 0))
    rows.reverse()
    rows.append(('main', 'sqlite_schema', 'table', 5, 0, 0))
    rows.append(('temp', 'sqlite_temp_schema', 'table', 5, 0, 0))
    return rows


def _database_list(database, name):
    return [(0, 'main', getattr(database, 'path', None) or ''), (1, 'temp', '')]


_LISTS = {
    'index_list': (['seq', 'name', 'unique', 'origin', 'partial'], _index_list),
    'index_info': (['seqno', 'cid', 'name'], _index_info),
    'foreign_key_list': (['id', 'seq', 'table', 'from', 'to', 'on_update', 'on_delete', 'match'], _foreign_key_list),
    'table_list': (['schema', 'name', 'type', 'ncol', 'wr', 'strict'], _table_list),
    'database_list': (['seq', 'name', 'file'], _database_list),
}
