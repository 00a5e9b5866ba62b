"""Row checks before a write: NOT NULL, CHECK, UNIQUE/PRIMARY KEY and foreign keys, with SQLite's messages."""

from sqlite3._errors import IntegrityError
from sqlite3._scope import Env, Entry, Scope
from sqlite3._values import INTEGER, compare
from sqlite3 import _operators as ops


class Skip(Exception):
    """The row is dropped without an error (the OR IGNORE conflict resolution)."""


def table_scope(table, alias=None, parent=None):
    name = alias or table.name
    entries = [Entry(name, c.name, c.affinity, c.collate, decltype=c.decltype) for c in table.columns]
    rowid = Entry(name, 'rowid', INTEGER, in_star=False)
    if table.rowid_column is not None:
        rowid.name = table.columns[table.rowid_column].name
    entries.append(rowid)
    return Scope(entries, parent)


def compile_checks(compiler, table):
    scope = table_scope(table)
    return [(compiler.fn(expr, scope), text) for expr, text in table.checks]


def check_not_null(table, row, conflict, defaults):
    for i, column in enumerate(table.columns):
        if column.not_null and row[i] is None and i != table.rowid_column:
            if conflict == 'IGNORE':
                raise Skip()
            if conflict == 'REPLACE' and defaults and defaults[i] is not None:
                row[i] = defaults[i](None)
                if row[i] is not None:
                    continue
            raise IntegrityError('NOT NULL constraint failed: %s.%s' % (table.name, column.name))


def check_checks(checks, row, rowid, conflict):
    if not checks:
        return
    env = Env(row + [rowid])
    for fn, text in checks:
        value = fn(env)
        if value is not None and ops.truth(value) is False:
            if conflict == 'IGNORE':
                raise Skip()
            raise IntegrityError('CHECK constraint failed: %s' % text)


def unique_message(table, index):
    if index is None:
        column = table.columns[table.rowid_column].name if table.rowid_column is not None else 'rowid'
        return 'UNIQUE constraint failed: %s.%s' % (table.name, column)
    return 'UNIQUE constraint failed: ' + ', '.join('%s.%s' % (table.name, table.columns[i].name)
                                                    for i in index.columns)


def resolve_conflicts(database, table, row, rowid, conflict, skip_rowid=None):
    """Raise, skip or (OR REPLACE) delete the rows that hold this row's unique keys; the changes it made."""
    found = table.conflicts(row, rowid, skip_rowid)
    if not found:
        return 0
    if conflict == 'IGNORE':
        raise Skip()
    if conflict != 'REPLACE':
        raise IntegrityError(unique_message(table, found[0][0]))
    deleted = 0
    for _, holder in found:
        if holder in table.rows:
            database.delete_row(table, holder)
            deleted += 1
    return deleted


def check_foreign_keys(database, table, row):
    if not database.foreign_keys:
        return
    for columns, parent_name, parent_columns, _ in table.foreign_keys:
        values = [row[i] for i in columns]
        if any(v is None for v in values):
            continue
        parent = database.get(parent_name, 'table')
        if parent is None or not _parent_has(parent, parent_columns, values):
            raise IntegrityError('FOREIGN KEY constraint failed')


def _parent_has(parent, parent_columns, values):
    indexes = []
    for name in parent_columns:
        i = parent.column_index(name)
        if i < 0:
            return False
        indexes.append(i)
    if not indexes and parent.rowid_column is not None:
        indexes = [parent.rowid_column]
    for rowid, row in parent.rows.items():
        if all(row[i] is not None and compare(row[i], v) == 0 for i, v in zip(indexes, values)):
            return True
    return False


def check_children(database, table, rowid, row, new_row=None):
    """ON DELETE/UPDATE of a parent row: the children's actions (CASCADE, SET NULL) or a FOREIGN KEY error."""
    if not database.foreign_keys:
        return
    for child in database.tables():
        for columns, parent_name, parent_columns, actions in child.foreign_keys:
            if parent_name.lower() != table.name.lower():
                continue
            indexes = [table.column_index(n) for n in parent_columns] or [table.rowid_column]
            if None in indexes or -1 in indexes:
                continue
            old = [row[i] for i in indexes]
            if new_row is not None and all(new_row[i] == v for i, v in zip(indexes, old)):
                continue
            refs = [(cid, crow) for cid, crow in child.scan()
                    if all(crow[c] is not None and compare(crow[c], v) == 0 for c, v in zip(columns, old))]
            if not refs:
                continue
            action = actions.get('UPDATE' if new_row is not None else 'DELETE', 'NO ACTION')
            if action == 'CASCADE':
                for cid, crow in refs:
                    if new_row is None:
                        check_children(database, child, cid, crow)
                        database.delete_row(child, cid)
                    else:
                        updated = list(crow)
                        for c, i in zip(columns, indexes):
                            updated[c] = new_row[i]
                        database.delete_row(child, cid)
                        database.insert_row(child, cid, updated)
            elif action == 'SET NULL':
                for cid, crow in refs:
                    updated = list(crow)
                    for c in columns:
                        updated[c] = None
                    database.delete_row(child, cid)
                    database.insert_row(child, cid, updated)
            else:
                raise IntegrityError('FOREIGN KEY constraint failed')
