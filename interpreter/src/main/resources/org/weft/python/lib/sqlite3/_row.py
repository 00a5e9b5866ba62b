"""sqlite3.Row: a result row that also answers to its column names, case-insensitively."""


class Row:
    __slots__ = ('_description', '_data')

    def __new__(cls, cursor, data):
        from sqlite3.dbapi2 import Cursor
        if not isinstance(cursor, Cursor):
            raise TypeError('Row() argument 1 must be sqlite3.Cursor, not %s' % type(cursor).__name__)
        if type(data) is not tuple:
            raise TypeError('Row() argument 2 must be tuple, not %s' % type(data).__name__)
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def keys(self):
        return [d[0] for d in self._description] if self._description else []

    def __getitem__(self, key):
        if isinstance(key, str):
            lower = key.lower()
            for i, d in enumerate(self._description or ()):
                if d[0].lower() == lower:
                    return self._data[i]
            raise IndexError('No item with that key')
        if isinstance(key, slice):
            return self._data[key]
        if isinstance(key, int):
            return self._data[key]
        raise IndexError('Index must be int or string')

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)

    def __repr__(self):
        return '<sqlite3.Row object at %#x>' % id(self)


Row.__module__ = 'sqlite3'
