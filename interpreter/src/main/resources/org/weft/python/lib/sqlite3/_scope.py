"""Name resolution for compiled expressions: which slot of which row a column name reads.

A Scope lists the columns of the rows an expression sees (the FROM clause's tables side by side) and links
to the scope of the enclosing query, for correlated subqueries. At run time an Env holds the current row of
each scope level, and the finished aggregate values of a grouped query.
"""

from sqlite3._errors import OperationalError


class Env:
    __slots__ = ('row', 'parent', 'aggs', 'win')

    def __init__(self, row, parent=None, aggs=None):
        self.row = row
        self.parent = parent
        self.aggs = aggs
        self.win = None


class Entry:
    """One column of a scope's row."""
    __slots__ = ('table', 'name', 'lower', 'affinity', 'collate', 'in_star', 'qualified_only', 'decltype')

    def __init__(self, table, name, affinity=None, collate=None, in_star=True, qualified_only=False,
                 decltype=None):
        self.decltype = decltype
        self.table = table.lower() if table else None
        self.name = name
        self.lower = name.lower()
        self.affinity = affinity
        self.collate = collate
        self.in_star = in_star                  # shown by "*" (rowid and a USING column's twin are not)
        self.qualified_only = qualified_only    # a USING column's right-hand twin answers only to t.c


ROWID_NAMES = ('rowid', 'oid', '_rowid_')


class Scope:
    def __init__(self, entries, parent=None):
        self.entries = entries
        self.parent = parent
        self.aggs = None          # a list while compiling the result of a grouped query
        self.aggregate_query = False
        self.windows = None       # a list while compiling a result column that may hold window functions
        self.aliases = {}         # result-column aliases, usable in WHERE, GROUP BY, HAVING, ORDER BY
        self.outer = [False]      # [whether an expression here read a column of an enclosing query]
        self.tables = set(e.table for e in entries if e.table)

    def plain(self):
        """This scope for an aggregate's arguments, where another aggregate is a misuse."""
        twin = Scope.__new__(Scope)
        twin.__dict__.update(self.__dict__)
        twin.aggs = None
        return twin

    def find(self, table, name):
        """(index, entry) in this scope alone, None if absent; raises when the name is ambiguous."""
        lower = name.lower()
        table = table.lower() if table else None
        hits = []
        for i, entry in enumerate(self.entries):
            if entry.lower != lower:
                continue
            if table is None:
                if entry.qualified_only:
                    continue
            elif entry.table != table:
                continue
            hits.append((i, entry))
        if not hits and lower in ('oid', '_rowid_'):
            return self.find(table, 'rowid')
        if len(hits) > 1:
            visible = [h for h in hits if h[1].in_star]
            if len(visible) != 1:
                raise OperationalError('ambiguous column name: %s' % ('%s.%s' % (table, name) if table else name))
            hits = visible
        if hits:
            return hits[0]
        return None

    def resolve(self, table, name):
        """(depth, index, entry): depth 0 is this scope's row, 1 its parent's, and so on. None if unknown."""
        scope, depth, passed = self, 0, []
        while scope is not None:
            hit = scope.find(table, name)
            if hit is not None:
                for inner in passed:
                    inner.outer[0] = True
                return depth, hit[0], hit[1]
            passed.append(scope)
            scope = scope.parent
            depth += 1
        return None
