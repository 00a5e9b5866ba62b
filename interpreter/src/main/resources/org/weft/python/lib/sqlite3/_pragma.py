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
    if name == 'index_list':
        def index_list(env):
            rows = []
            table = database.get(value or '', 'table')
            if table is None:
                return rows
            for seq, u in enumerate(reversed(table.uniques)):
                rows.append((seq, u.name, 1, 'u' if u.sql else 'pk' if all(
                    table.columns[i].primary_key for i in u.columns) else 'u', 0))
            return rows
        return ['seq', 'name', 'unique', 'origin', 'partial'], index_list
    return None, lambda: 0
