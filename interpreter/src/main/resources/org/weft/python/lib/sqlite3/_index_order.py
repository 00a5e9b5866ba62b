"""The order in which a one-table query visits rows when SQLite would read them through an index.

SQLite answers a query from an index when the WHERE clause constrains the index's first column, or when the
index holds every column the query reads (a covering index, smaller than the table). Rows then come in the
index's key order instead of rowid order, and programs can see it when they have no ORDER BY. This module
picks the index SQLite's planner would most likely pick and returns the key that orders rows like it.
"""

from sqlite3._values import sort_key

_RANGE_OPS = ('=', '<', '<=', '>', '>=')


def _indexes(database, table):
    """(column indexes, collations, unique) of every index on the table, autoindexes first."""
    found = [(list(u.columns), list(u.collations), True) for u in table.uniques if u.sql is None]
    for lower in database.order:
        kind, obj = database.schema[lower]
        if kind == 'index' and obj.table.lower() == table.name.lower():
            collations = [table.columns[i].collate for i in obj.columns]
            found.append((list(obj.columns), collations, obj.unique))
    return found


def _column_of(node, table, names):
    """The table's column index an expression names, or None."""
    if node[0] != 'col':
        return None
    if node[1] is not None and node[1].lower() not in names:
        return None
    return table.column_index(node[2]) if table.column_index(node[2]) >= 0 else None


def _is_constant(node):
    if not isinstance(node, tuple) or not node:
        return True
    kind = node[0]
    if kind == 'col' or kind in ('subq', 'exists', 'insel', 'intable'):
        return False
    if kind == 'func':
        return all(_is_constant(a) for a in node[2])
    return all(_is_constant(p) for p in node[1:] if isinstance(p, tuple))


def _terms(where):
    if where is None:
        return []
    if where[0] == 'bin' and where[1] == 'AND':
        return _terms(where[2]) + _terms(where[3])
    return [where]


def _constrained(where, table, names):
    """{column index: 'eq' or 'range'} for WHERE terms an index could use."""
    found = {}
    for term in _terms(where):
        column, kind = None, None
        if term[0] == 'bin' and term[1] in _RANGE_OPS:
            left, right = term[2], term[3]
            if _column_of(left, table, names) is not None and _is_constant(right):
                column = _column_of(left, table, names)
            elif _column_of(right, table, names) is not None and _is_constant(left):
                column = _column_of(right, table, names)
            kind = 'eq' if term[1] == '=' else 'range'
        elif term[0] == 'between' and not term[4]:
            if _is_constant(term[2]) and _is_constant(term[3]):
                column, kind = _column_of(term[1], table, names), 'range'
        elif term[0] == 'in' and not term[3] and all(_is_constant(i) for i in term[2]):
            column, kind = _column_of(term[1], table, names), 'eq'
        if column is not None and found.get(column) != 'eq':
            found[column] = kind
    return found


def _referenced(nodes, table, names, out):
    for node in nodes:
        if isinstance(node, list):
            _referenced(node, table, names, out)
        elif isinstance(node, tuple) and node:
            if node[0] == 'col':
                if node[1] is None or node[1].lower() in names:
                    i = table.column_index(node[2])
                    out.add(i if i >= 0 else 'rowid')
            elif node[0] == 'slot':
                out.add('*')
            elif node[0] in ('subq', 'exists'):
                continue
            else:
                _referenced([p for p in node[1:] if isinstance(p, (tuple, list))], table, names, out)


def index_order(database, table, alias, core, columns, order_by):
    """A key function over scanned rows (row + [rowid]) for the index SQLite would scan, or None."""
    indexes = _indexes(database, table)
    if not indexes:
        return None
    names = {table.name.lower(), (alias or table.name).lower()}
    constrained = _constrained(core.where, table, names)
    if table.rowid_column is not None and constrained.get(table.rowid_column) == 'eq':
        return None
    chosen = None
    for cols, collations, unique in indexes:
        kind = constrained.get(cols[0])
        if kind is None:
            continue
        rank = (0 if kind == 'eq' else 1, 0 if unique else 1)
        if chosen is None or rank < chosen[0]:
            chosen = (rank, cols, collations)
    if chosen is None and table.rowid_column is not None and table.rowid_column in constrained:
        return None
    if chosen is None:
        used = set()
        _referenced([c[0] for c in columns] + [core.where] + list(core.group_by) + [core.having] +
                    [t[0] for t in (order_by or [])], table, names, used)
        if '*' in used or not used:
            return None
        used.discard('rowid')
        used.discard(table.rowid_column)
        best = None
        for cols, collations, unique in indexes:
            if used <= set(cols) and (best is None or len(cols) < len(best[1])):
                best = ((), cols, collations)
        chosen = best
    if chosen is None:
        return None
    _, cols, collations = chosen

    def key(row):
        return tuple((0, 0) if row[i] is None else sort_key(row[i], c) for i, c in zip(cols, collations))
    return key
