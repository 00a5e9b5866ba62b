"""Tables, the schema and the undo journal of one database.

A database lives in memory. A file name maps to one Database per absolute path for the life of the process
(see Registry), so a program that writes a file and opens it again sees its data.
"""

import threading

from sqlite3._values import affinity_of_type, apply_affinity, INTEGER, collate_key


class Column:
    __slots__ = ('name', 'decltype', 'affinity', 'not_null', 'default', 'collate', 'primary_key', 'hidden')

    def __init__(self, name, decltype='', not_null=False, default=None, collate=None, primary_key=False):
        self.name = name
        self.decltype = decltype
        self.affinity = affinity_of_type(decltype)
        self.not_null = not_null
        self.default = default          # an expression tuple, or None
        self.collate = collate
        self.primary_key = primary_key
        self.hidden = False


class UniqueIndex:
    """A UNIQUE or PRIMARY KEY constraint (or CREATE UNIQUE INDEX): key -> rowid. Keys with a NULL are not kept."""
    __slots__ = ('name', 'columns', 'collations', 'keys', 'sql')

    def __init__(self, name, columns, collations, sql=None):
        self.name = name
        self.columns = columns
        self.collations = collations
        self.keys = {}
        self.sql = sql

    def key(self, row):
        key = []
        for index, collation in zip(self.columns, self.collations):
            value = row[index]
            if value is None:
                return None
            if collation and type(value) is str:
                value = collate_key(value, collation)
            key.append((type(value) is bytes, value))
        return tuple(key)


class Table:
    def __init__(self, name, columns, sql):
        self.name = name
        self.columns = columns
        self.sql = sql
        self.rowid_column = None        # the INTEGER PRIMARY KEY column, an alias of the rowid
        self.autoincrement = False
        self.sequence = 0               # the largest rowid AUTOINCREMENT has handed out
        self.uniques = []
        self.checks = []                # (expr, text)
        self.foreign_keys = []          # (columns, parent table, parent columns, actions)
        self.rows = {}
        self.in_order = True
        self.max_rowid = 0

    def column_index(self, name):
        lower = name.lower()
        for i, column in enumerate(self.columns):
            if column.name.lower() == lower:
                return i
        return -1

    def scan(self):
        """(rowid, row) pairs in rowid order, as a full table scan returns them."""
        if not self.in_order:
            self.rows = dict(sorted(self.rows.items()))
            self.in_order = True
        return list(self.rows.items())

    def next_rowid(self):
        if self.autoincrement:
            return max(self.max_rowid, self.sequence) + 1
        return self.max_rowid + 1 if self.rows else 1

    def conflicts(self, row, rowid, skip_rowid=None):
        """The unique indexes that another row already holds this row's key in, with that row's rowid."""
        found = []
        other = self.rows.get(rowid)
        if rowid in self.rows and rowid != skip_rowid:
            found.append((None, rowid))
        for index in self.uniques:
            key = index.key(row)
            if key is None:
                continue
            holder = index.keys.get(key)
            if holder is not None and holder != skip_rowid:
                found.append((index, holder))
        return found

    def put(self, rowid, row):
        self.rows[rowid] = row
        if rowid > self.max_rowid:
            self.max_rowid = rowid
        elif len(self.rows) > 1:
            self.in_order = False
        for index in self.uniques:
            key = index.key(row)
            if key is not None:
                index.keys[key] = rowid

    def remove(self, rowid):
        row = self.rows.pop(rowid)
        for index in self.uniques:
            key = index.key(row)
            if key is not None and index.keys.get(key) == rowid:
                del index.keys[key]
        if rowid == self.max_rowid:
            self.max_rowid = max(self.rows) if self.rows else 0
        return row

    def rebuild_index(self, index):
        index.keys = {}
        for rowid, row in self.scan():
            key = index.key(row)
            if key is not None:
                if key in index.keys:
                    return False
                index.keys[key] = rowid
        return True

    def copy(self):
        """A copy that shares nothing mutable with this table (ALTER TABLE builds on one)."""
        twin = Table(self.name, list(self.columns), self.sql)
        twin.rowid_column = self.rowid_column
        twin.autoincrement = self.autoincrement
        twin.sequence = self.sequence
        twin.checks = list(self.checks)
        twin.foreign_keys = list(self.foreign_keys)
        twin.rows = dict(self.rows)
        twin.in_order = self.in_order
        twin.max_rowid = self.max_rowid
        twin.uniques = []
        for index in self.uniques:
            copy = UniqueIndex(index.name, index.columns, index.collations, index.sql)
            copy.keys = dict(index.keys)
            twin.uniques.append(copy)
        return twin


class Database:
    """The schema (tables, indexes, views in creation order) and the journal that undoes changes."""

    def __init__(self):
        self.lock = threading.RLock()
        self.schema = {}        # lower name -> ('table', Table) | ('index', info) | ('view', info)
        self.order = []         # lower names, in creation order (sqlite_master's order)
        self.journal = []       # undo entries since the transaction began
        self.in_transaction = False
        self.savepoints = []    # (name, journal length)
        self.foreign_keys = False
        self.generation = 0     # bumped on every schema change
        self.path = None        # the absolute file name, None for ":memory:"

    # -- schema ------------------------------------------------------------------------------------
    def get(self, name, kind=None):
        entry = self.schema.get(name.lower())
        if entry is None or (kind is not None and entry[0] != kind):
            return None
        return entry[1]

    def add(self, kind, name, obj):
        self._log_schema()
        self.schema[name.lower()] = (kind, obj)
        self.order.append(name.lower())

    def drop(self, name):
        self._log_schema()
        del self.schema[name.lower()]
        self.order.remove(name.lower())

    def replace_table(self, old_name, table):
        """Put an altered copy of a table in place of the old one (ALTER TABLE)."""
        self._log_schema()
        old = old_name.lower()
        position = self.order.index(old)
        del self.schema[old]
        self.order[position] = table.name.lower()
        self.schema[table.name.lower()] = ('table', table)

    def _log_schema(self):
        self.generation += 1
        self.journal.append(('schema', dict(self.schema), list(self.order)))

    # -- rows, with their undo entries ---------------------------------------------------------------
    def insert_row(self, table, rowid, row):
        self.journal.append(('row', table, rowid, None))
        table.put(rowid, row)
        if table.autoincrement and rowid > table.sequence:
            self.journal.append(('seq', table, table.sequence))
            table.sequence = rowid

    def delete_row(self, table, rowid):
        old = table.remove(rowid)
        self.journal.append(('row', table, rowid, old))
        return old

    def undo_to(self, mark):
        journal = self.journal
        while len(journal) > mark:
            entry = journal.pop()
            kind = entry[0]
            if kind == 'row':
                _, table, rowid, old = entry
                if rowid in table.rows:
                    table.remove(rowid)
                if old is not None:
                    table.put(rowid, old)
            elif kind == 'seq':
                entry[1].sequence = entry[2]
            else:
                self.schema, self.order = entry[1], entry[2]
                self.generation += 1

    def end_statement(self, ok, mark):
        """After a statement: undo it if it failed; outside a transaction, forget its journal."""
        if not ok:
            self.undo_to(mark)
        if not self.in_transaction:
            self.journal = []

    def tables(self):
        return [self.schema[n][1] for n in self.order if self.schema[n][0] == 'table']


class Registry:
    """File databases by absolute path, shared by every connection of this process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._files = {}

    def find(self, path):
        with self._lock:
            return self._files.get(path)

    def open(self, path):
        with self._lock:
            database = self._files.get(path)
            if database is None:
                database = self._files[path] = Database()
                database.path = None if path.startswith('memory:') else path
            return database


REGISTRY = Registry()
