"""The FROM clause: tables, views, CTEs, subqueries and joins, compiled to (entries, rows(env))."""

from sqlite3._errors import OperationalError
from sqlite3._scope import Entry, Scope, Env
from sqlite3._values import INTEGER
from sqlite3 import _operators as ops

_MASTER_COLUMNS = ('type', 'name', 'tbl_name', 'rootpage', 'sql')


class SourceCompiler:
    def source(self, node, outer):
        """(entries, rows): the columns the source offers and fn(parent_env) -> its rows (lists)."""
        kind = node[0]
        if kind == 'table':
            return self._table_source(node[1], node[2] or node[1], outer)
        if kind == 'subquery':
            plan = self.compile_select(node[1], outer)
            alias = node[2]
            entries = [Entry(alias, name, aff, decltype=decl)
                       for name, aff, decl in zip(plan.names, plan.affinities, plan.decltypes)]
            run = plan.run
            return entries, lambda env: [list(r) for r in run(env)]
        return self._join(node, outer)

    def _table_source(self, name, alias, outer):
        cte = self.context.find_cte(name)
        if cte is not None:
            names, affinities, rows = cte
            entries = [Entry(alias, n, a) for n, a in zip(names, affinities)]
            return entries, rows
        lower = name.lower()
        if lower in ('sqlite_master', 'sqlite_schema', 'sqlite_temp_master'):
            entries = [Entry(alias, c) for c in _MASTER_COLUMNS]
            database = self.context.database
            return entries, lambda env: [list(r) for r in _master_rows(database)]
        database = self.context.database
        entry = database.schema.get(lower)
        if entry is None:
            raise OperationalError('no such table: %s' % name)
        if entry[0] == 'view':
            view = entry[1]
            plan = self.compile_select(view.select, None)
            entries = [Entry(alias, n, a, decltype=d) for n, a, d in zip(plan.names, plan.affinities, plan.decltypes)]
            run = plan.run
            return entries, lambda env: [list(r) for r in run(None)]
        if entry[0] != 'table':
            raise OperationalError('no such table: %s' % name)
        table = entry[1]
        entries = [Entry(alias, c.name, c.affinity, c.collate, decltype=c.decltype) for c in table.columns]
        rowid = Entry(alias, 'rowid', INTEGER, in_star=False)
        if table.rowid_column is not None:
            # the rowid of a table with an INTEGER PRIMARY KEY is that column, and is named after it
            rowid.name = table.columns[table.rowid_column].name
        entries.append(rowid)

        def rows(env):
            return [row + [rowid] for rowid, row in table.scan()]
        return entries, rows

    def _hash_probe(self, on, pairs, left_entries, right_entries, outer):
        """(left key, right key) functions when the join condition has an equality between one side and the
        other, so rows can meet through a dict instead of a loop over every pair; None otherwise."""
        if pairs:
            li, ri = pairs[0]
            ri -= len(left_entries)
            same = lambda v: v
            return (lambda row, env: _join_key(row[li], same)), (lambda row, env: _join_key(row[ri], same))
        terms = []
        stack = [on] if on is not None else []
        while stack:
            node = stack.pop()
            if node[0] == 'bin' and node[1] == 'AND':
                stack.extend((node[3], node[2]))
            elif node[0] == 'bin' and node[1] == '=':
                terms.append(node)
        for term in terms:
            for a, b in ((term[2], term[3]), (term[3], term[2])):
                try:
                    fa, aff_a, coll_a = self.expr(a, Scope(left_entries, outer))
                    fb, aff_b, coll_b = self.expr(b, Scope(right_entries, outer))
                except OperationalError:
                    continue
                if coll_a or coll_b:
                    continue
                convert_a = lambda v, x=aff_a, y=aff_b: ops.comparison_operands(v, None, x, y)[0]
                convert_b = lambda v, x=aff_a, y=aff_b: ops.comparison_operands(None, v, x, y)[1]
                return ((lambda row, env: _join_key(fa(Env(row, env)), convert_a)),
                        (lambda row, env: _join_key(fb(Env(row, env)), convert_b)))
        return None

    def _join(self, node, outer):
        _, left, right, kind, on, using = node
        left_entries, left_rows = self.source(left, outer)
        right_entries, right_rows = self.source(right, outer)
        right_entries = [_copy_entry(e) for e in right_entries]
        pairs = []
        if using == 'NATURAL':
            left_names = {e.lower for e in left_entries if e.in_star}
            using = [e.name for e in right_entries if e.in_star and e.lower in left_names]
        if using:
            for name in using:
                li = _find(left_entries, name)
                ri = _find(right_entries, name)
                if li is None or ri is None:
                    raise OperationalError('cannot join using column %s - column not present in both tables' % name)
                right_entries[ri].in_star = False
                right_entries[ri].qualified_only = True
                pairs.append((li, len(left_entries) + ri))
        entries = left_entries + right_entries
        scope = Scope(entries, outer)
        condition = self.condition(on, scope) if on is not None else None
        width_left, width_right = len(left_entries), len(right_entries)
        if kind == 'RIGHT':
            kind, swap = 'LEFT', True
        else:
            swap = False
        full = kind == 'FULL'
        outer_left = kind in ('LEFT', 'FULL')

        def matches(row, env):
            for li, ri in pairs:
                a, b = row[li], row[ri]
                if a is None or b is None or ops.compare(a, b) != 0:
                    return False
            return condition is None or condition(Env(row, env))

        probe = None if swap or full else self._hash_probe(on, pairs, left_entries, right_entries, outer)

        def rows(env):
            lefts, rights = left_rows(env), right_rows(env)
            out = []
            matched_right = set()
            if probe is not None:
                left_key, right_key = probe
                table = {}
                for r in rights:
                    key = right_key(r, env)
                    if key is not None:
                        table.setdefault(key, []).append(r)
                for l in lefts:
                    found = False
                    key = left_key(l, env)
                    for r in table.get(key, ()) if key is not None else ():
                        row = l + r
                        if matches(row, env):
                            out.append(row)
                            found = True
                    if not found and outer_left:
                        out.append(l + [None] * width_right)
                return out
            if swap:
                for r in rights:
                    found = False
                    for l in lefts:
                        row = l + r
                        if matches(row, env):
                            out.append(row)
                            found = True
                    if not found:
                        out.append([None] * width_left + r)
                return out
            for l in lefts:
                found = False
                for i, r in enumerate(rights):
                    row = l + r
                    if matches(row, env):
                        out.append(row)
                        found = True
                        matched_right.add(i)
                if not found and outer_left:
                    out.append(l + [None] * width_right)
            if full:
                for i, r in enumerate(rights):
                    if i not in matched_right:
                        out.append([None] * width_left + r)
            return out
        return entries, rows


def _join_key(value, convert):
    """A dict key under which values that compare equal (after affinity conversion) meet."""
    if value is None:
        return None
    value = convert(value)
    t = type(value)
    if t is str:
        return (2, value)
    if t is bytes:
        return (3, value)
    return (1, value)


def _copy_entry(e):
    twin = Entry(e.table, e.name, e.affinity, e.collate, e.in_star, e.qualified_only, e.decltype)
    return twin


def _find(entries, name):
    lower = name.lower()
    for i, e in enumerate(entries):
        if e.lower == lower and e.in_star and not e.qualified_only:
            return i
    return None


def _master_rows(database):
    rows = []
    page = 2
    for lower in database.order:
        kind, obj = database.schema[lower]
        if kind == 'table':
            rows.append(('table', obj.name, obj.name, page, obj.sql))
            page += 1
            for index in obj.uniques:
                if index.sql is None and index.name.startswith('sqlite_autoindex'):
                    rows.append(('index', index.name, obj.name, page, None))
                    page += 1
        elif kind == 'index':
            rows.append(('index', obj.name, obj.table, page, obj.sql))
            page += 1
        elif kind == 'trigger':
            rows.append(('trigger', obj.name, obj.table, 0, obj.sql))
        else:
            rows.append(('view', obj.name, obj.name, 0, obj.sql))
    return rows
