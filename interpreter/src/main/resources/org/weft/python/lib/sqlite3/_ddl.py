"""CREATE/DROP TABLE, INDEX and VIEW, and ALTER TABLE (https://www.sqlite.org/lang_createtable.html)."""

from sqlite3._errors import OperationalError, IntegrityError
from sqlite3._store import Column, Table, UniqueIndex
from sqlite3._values import apply_affinity


class IndexInfo:
    __slots__ = ('name', 'table', 'columns', 'unique', 'sql')

    def __init__(self, name, table, columns, unique, sql):
        self.name = name
        self.table = table
        self.columns = columns
        self.unique = unique
        self.sql = sql


class ViewInfo:
    __slots__ = ('name', 'select', 'sql')

    def __init__(self, name, select, sql):
        self.name = name
        self.select = select
        self.sql = sql


def _exists_message(database, name):
    kind = database.schema[name.lower()][0]
    return '%s %s already exists' % (kind, name)


def build_table(name, column_defs, constraints, sql):
    columns = []
    for d in column_defs:
        columns.append(Column(d.name, d.decltype, d.not_null, d.default, d.collate, d.primary_key))
    names = [c.name.lower() for c in columns]
    if len(set(names)) != len(names):
        for i, n in enumerate(names):
            if n in names[:i]:
                raise OperationalError('duplicate column name: %s' % columns[i].name)
    table = Table(name, columns, sql)
    primary = [i for i, d in enumerate(column_defs) if d.primary_key]
    table_pk = [c for c in constraints if c[0] == 'primary']
    if len(primary) + len(table_pk) > 1:
        raise OperationalError('table "%s" has more than one primary key' % name)
    uniques = []   # (column indexes, is the primary key), in SQLite's autoindex order
    for i, d in enumerate(column_defs):
        if d.primary_key:
            uniques.append(([i], True, d))
        if d.unique:
            uniques.append(([i], False, None))
        for expr, text in d.checks:
            table.checks.append((expr, text))
        if d.references is not None:
            parent, parent_columns, actions = d.references
            table.foreign_keys.append(([i], parent, parent_columns, actions))
    for c in constraints:
        if c[0] in ('primary', 'unique'):
            indexes = []
            for n in c[1]:
                i = table.column_index(n)
                if i < 0:
                    raise OperationalError('no such column: %s' % n)
                indexes.append(i)
            uniques.append((indexes, c[0] == 'primary', None))
            if c[0] == 'primary':
                for i in indexes:
                    columns[i].primary_key = True
        elif c[0] == 'check':
            table.checks.append(c[1])
        else:
            _, child_columns, (parent, parent_columns, actions) = c
            indexes = [table.column_index(n) for n in child_columns]
            if -1 in indexes:
                raise OperationalError('unknown column "%s" in foreign key definition' %
                                       child_columns[indexes.index(-1)])
            table.foreign_keys.append((indexes, parent, parent_columns, actions))
    number = 0
    for indexes, is_primary, d in uniques:
        if is_primary and len(indexes) == 1 and columns[indexes[0]].decltype.upper() == 'INTEGER' and \
                not (d is not None and d.descending):
            table.rowid_column = indexes[0]
            table.autoincrement = bool(d is not None and d.autoincrement)
            continue
        if d is not None and d.autoincrement:
            raise OperationalError('AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY')
        number += 1
        collations = [columns[i].collate for i in indexes]
        table.uniques.append(UniqueIndex('sqlite_autoindex_%s_%d' % (name, number), indexes, collations))
    return table


class DdlCompiler:
    def compile_create_table(self, node):
        _, name, if_not_exists, column_defs, constraints, sql, as_select = node
        database = self.context.database
        if name.lower() in database.schema or name.lower().startswith('sqlite_'):
            if name.lower().startswith('sqlite_') and name.lower() not in database.schema:
                raise OperationalError('object name reserved for internal use: %s' % name)
            if if_not_exists:
                return lambda: 0
            raise OperationalError(_exists_message(database, name))
        if as_select is not None:
            plan = self.compile_select(as_select, None)
            return self._create_as(name, plan)
        table = build_table(name, column_defs, constraints, sql)
        # Compile what the table will evaluate now, so a bad DEFAULT or CHECK fails at CREATE time.
        from sqlite3._constraints import compile_checks
        compile_checks(self, table)

        def run():
            if name.lower() in database.schema:
                if if_not_exists:
                    return 0
                raise OperationalError(_exists_message(database, name))
            database.add('table', name, table)
            return 0
        return run

    def _create_as(self, name, plan):
        database = self.context.database
        type_of = {'INTEGER': 'INT', 'REAL': 'REAL', 'TEXT': 'TEXT', 'NUMERIC': 'NUM', 'BLOB': '', None: ''}
        columns = [Column(n, type_of[a]) for n, a in zip(plan.names, plan.affinities)]
        sql = _create_as_text(name, columns)

        def run():
            table = Table(name, columns, sql)
            database.add('table', name, table)
            for row in plan.run(None):
                rowid = table.next_rowid()
                database.insert_row(table, rowid, [apply_affinity(v, c.affinity) for v, c in zip(row, columns)])
            return 0
        return run

    def compile_create_index(self, node):
        _, name, if_not_exists, table_name, exprs, unique, where, sql = node
        database = self.context.database

        def run():
            if name.lower() in database.schema:
                if if_not_exists:
                    return 0
                raise OperationalError(_exists_message(database, name))
            table = database.get(table_name, 'table')
            if table is None:
                raise OperationalError('no such table: main.%s' % table_name)
            indexes, collations = [], []
            for expr in exprs:
                collation = None
                if expr[0] == 'collate':
                    collation, expr = expr[2].upper(), expr[1]
                if expr[0] != 'col':
                    raise OperationalError('indexes on expressions are not supported by this sqlite3')
                i = table.column_index(expr[2])
                if i < 0:
                    raise OperationalError('no such column: %s' % expr[2])
                indexes.append(i)
                collations.append(collation or table.columns[i].collate)
            info = IndexInfo(name, table.name, indexes, unique, sql)
            if unique:
                twin = table.copy()
                index = UniqueIndex(name, indexes, collations, sql)
                if not twin.rebuild_index(index):
                    raise IntegrityError('UNIQUE constraint failed: ' + ', '.join(
                        '%s.%s' % (table.name, table.columns[i].name) for i in indexes))
                twin.uniques.append(index)
                database.replace_table(table.name, twin)
            database.add('index', name, info)
            return 0
        return run

    def compile_create_view(self, node):
        _, name, if_not_exists, select, sql = node
        database = self.context.database
        self.compile_select(select, None)

        def run():
            if name.lower() in database.schema:
                if if_not_exists:
                    return 0
                raise OperationalError(_exists_message(database, name))
            database.add('view', name, ViewInfo(name, select, sql))
            return 0
        return run

    def compile_create_trigger(self, node):
        from sqlite3._triggers import TriggerInfo
        _, name, if_not_exists, timing, event, columns, table_name, when, body, sql = node
        database = self.context.database

        def run():
            if name.lower() in database.schema:
                if if_not_exists:
                    return 0
                raise OperationalError('trigger %s already exists' % name)
            table = database.get(table_name)
            if table is None:
                raise OperationalError('no such table: main.%s' % table_name)
            if database.schema[table_name.lower()][0] != 'table':
                raise OperationalError('cannot create %s trigger on view: main.%s' % (timing, table_name))
            database.add('trigger', name, TriggerInfo(name, table.name, timing, event, columns, when, body, sql))
            return 0
        return run

    def compile_drop(self, node):
        _, what, name, if_exists = node
        database = self.context.database
        kind = what.lower()

        def run():
            entry = database.schema.get(name.lower())
            if entry is None or entry[0] != kind:
                if if_exists:
                    return 0
                if kind == 'table' and entry is not None and entry[0] == 'view':
                    raise OperationalError('use DROP VIEW to delete view %s' % name)
                raise OperationalError('no such %s: %s' % (kind, name))
            if kind == 'table':
                table = entry[1]
                if database.foreign_keys:
                    from sqlite3._constraints import check_children
                    for rowid, row in table.scan():
                        check_children(database, table, rowid, row)
                for other in list(database.order):
                    kind_other, obj = database.schema[other]
                    if kind_other in ('index', 'trigger') and obj.table.lower() == name.lower():
                        database.drop(other)
            elif kind == 'index':
                info = entry[1]
                table = database.get(info.table, 'table')
                if table is not None and info.unique:
                    twin = table.copy()
                    twin.uniques = [u for u in twin.uniques if u.name != info.name]
                    database.replace_table(table.name, twin)
            database.drop(name)
            return 0
        return run

    def compile_alter(self, node):
        kind = node[0]
        database = self.context.database

        def table_or_error():
            table = database.get(node[1], 'table')
            if table is None:
                raise OperationalError('no such table: %s' % node[1])
            return table

        if kind == 'alter_rename':
            def run():
                table = table_or_error()
                new = node[2]
                if new.lower() in database.schema and new.lower() != table.name.lower():
                    raise OperationalError('there is already another table or index with this name: %s' % new)
                twin = table.copy()
                twin.name = new
                head, paren, rest = table.sql.partition('(')
                twin.sql = 'CREATE TABLE "%s"(%s' % (new, rest) if paren else table.sql
                database.replace_table(table.name, twin)
                for other in database.order:
                    k, obj = database.schema[other]
                    if k == 'index' and obj.table.lower() == node[1].lower():
                        obj.table = new
                return 0
            return run
        if kind == 'alter_add':
            column_def = node[2]
            if column_def.primary_key:
                raise OperationalError('Cannot add a PRIMARY KEY column')
            if column_def.unique:
                raise OperationalError('Cannot add a UNIQUE column')
            if column_def.not_null and column_def.default is None:
                raise OperationalError('Cannot add a NOT NULL column with default value NULL')
            default = self.fn(column_def.default, None) if column_def.default is not None else None

            def run():
                table = table_or_error()
                if table.column_index(column_def.name) >= 0:
                    raise OperationalError('duplicate column name: %s' % column_def.name)
                twin = table.copy()
                column = Column(column_def.name, column_def.decltype, column_def.not_null, column_def.default,
                                column_def.collate)
                twin.columns.append(column)
                value = apply_affinity(default(None), column.affinity) if default else None
                twin.rows = {rowid: row + [value] for rowid, row in twin.rows.items()}
                twin.checks.extend(column_def.checks)
                text = node[3] if len(node) > 3 else column_def.name
                twin.sql = table.sql[:table.sql.rfind(')')] + ', ' + text + ')'
                database.replace_table(table.name, twin)
                return 0
            return run
        if kind == 'alter_rename_column':
            def run():
                table = table_or_error()
                i = table.column_index(node[2])
                if i < 0:
                    raise OperationalError('no such column: "%s"' % node[2])
                if table.column_index(node[3]) >= 0:
                    raise OperationalError('duplicate column name: %s' % node[3])
                twin = table.copy()
                old = twin.columns[i]
                column = Column(node[3], old.decltype, old.not_null, old.default, old.collate, old.primary_key)
                twin.columns[i] = column
                twin.sql = _rename_in_sql(table.sql, old.name, node[3])
                database.replace_table(table.name, twin)
                return 0
            return run
        if kind == 'alter_drop':
            def run():
                table = table_or_error()
                i = table.column_index(node[2])
                if i < 0:
                    raise OperationalError('no such column: "%s"' % node[2])
                if table.columns[i].primary_key or any(i in u.columns for u in table.uniques):
                    raise OperationalError('cannot drop %s column: "%s"' % (
                        'PRIMARY KEY' if table.columns[i].primary_key else 'UNIQUE', table.columns[i].name))
                twin = table.copy()
                del twin.columns[i]
                twin.rows = {rowid: row[:i] + row[i + 1:] for rowid, row in twin.rows.items()}
                if twin.rowid_column is not None and twin.rowid_column > i:
                    twin.rowid_column -= 1
                for u in twin.uniques:
                    u.columns = [c - 1 if c > i else c for c in u.columns]
                database.replace_table(table.name, twin)
                return 0
            return run
        raise OperationalError('unsupported ALTER TABLE')


def _ident_length(name):
    return len(name) + name.count('"') + 2


def _ident(name):
    from sqlite3._lexer import KEYWORDS
    plain = name and (name[0].isalpha() or name[0] == '_') and all(c.isalnum() or c == '_' for c in name)
    if plain and name.upper() not in KEYWORDS:
        return name
    return '"%s"' % name.replace('"', '""')


def _create_as_text(name, columns):
    # SQLite's createTableStmt: one line when short, else one column per line.
    n = sum(_ident_length(c.name) + 5 for c in columns) + _ident_length(name)
    if n < 50:
        sep, sep2, end = '', ',', ')'
    else:
        sep, sep2, end = '\n  ', ',\n  ', '\n)'
    parts = [_ident(c.name) + (' ' + c.decltype if c.decltype else '') for c in columns]
    return 'CREATE TABLE %s(%s%s%s' % (_ident(name), sep, sep2.join(parts), end)


def _rename_in_sql(sql, old, new):
    import re
    return re.sub(r'(?<![\w"])%s(?![\w"])' % re.escape(old), '"%s"' % new, sql, count=1, flags=re.IGNORECASE)
