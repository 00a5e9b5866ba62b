"""The document being built: nested tables, and what each key path may still become.

A table made with [header] syntax, or one a dotted key opened, may not be declared again
(EXPLICIT); an inline table or array is closed for good (FROZEN). CPython's tomllib keeps the
same two marks, so the same documents are refused with the same message.
"""

FROZEN = 0
EXPLICIT = 1


class Marks:
    """The marks set on key paths (tuples of str); a recursive mark covers everything under it."""

    def __init__(self):
        self._tree = {}
        self._pending = set()

    def add_pending(self, key, mark):
        # a dotted key's tables are closed once the current [table] section ends
        self._pending.add((key, mark))

    def finalize_pending(self):
        for key, mark in self._pending:
            self.set(key, mark, recursive=False)
        self._pending.clear()

    def unset_all(self, key):
        node = self._tree
        for k in key[:-1]:
            if k not in node:
                return
            node = node[k][2]
        node.pop(key[-1], None)

    def set(self, key, mark, *, recursive):
        node = self._tree
        for k in key[:-1]:
            node = node.setdefault(k, (set(), set(), {}))[2]
        entry = node.setdefault(key[-1], (set(), set(), {}))
        (entry[1] if recursive else entry[0]).add(mark)

    def has(self, key, mark):
        if not key:
            return False
        node = self._tree
        for k in key[:-1]:
            if k not in node:
                return False
            marks, recursive, children = node[k]
            if mark in recursive:
                return True
            node = children
        entry = node.get(key[-1])
        return entry is not None and (mark in entry[0] or mark in entry[1])


class Tables:
    """The nested dicts of the document."""

    def __init__(self):
        self.root = {}

    def nest(self, key, *, into_lists=True):
        """The table at key, made if missing; KeyError where a non-table value is in the way."""
        node = self.root
        for k in key:
            if k not in node:
                node[k] = {}
            node = node[k]
            if into_lists and isinstance(node, list):
                node = node[-1]
            if not isinstance(node, dict):
                raise KeyError("There is no nest behind this key")
        return node

    def append_table(self, key):
        """[[key]]: a new table at the end of the array of tables at key."""
        parent = self.nest(key[:-1])
        last = key[-1]
        if last in parent:
            tables = parent[last]
            if not isinstance(tables, list):
                raise KeyError("An object other than list found behind this key")
            tables.append({})
        else:
            parent[last] = [{}]
