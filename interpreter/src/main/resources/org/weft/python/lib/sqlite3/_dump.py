"""Connection.iterdump(): the database as SQL text that rebuilds it, in the order Python 3.11 writes it:
tables by name with their rows, then indexes, triggers and views, inside one transaction."""


def _quote_ident(name):
    return name.replace('"', '""')


def iterdump(connection):
    cursor = connection.cursor()
    yield 'BEGIN TRANSACTION;'
    tables = cursor.execute("SELECT name, sql FROM sqlite_master WHERE sql NOT NULL AND type = 'table' "
                            "ORDER BY name").fetchall()
    for name, sql in tables:
        if name.startswith('sqlite_'):
            continue
        yield sql + ';'
        ident = _quote_ident(name)
        columns = [row[1] for row in cursor.execute('PRAGMA table_info("%s")' % ident).fetchall()]
        values = ",".join("'||quote(\"%s\")||'" % _quote_ident(c) for c in columns)
        query = "SELECT 'INSERT INTO \"%s\" VALUES(%s)' FROM \"%s\";" % (ident, values, ident)
        for (statement,) in cursor.execute(query).fetchall():
            yield statement + ';'
    others = cursor.execute("SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND "
                            "type IN ('index', 'trigger', 'view')").fetchall()
    for name, kind, sql in others:
        yield sql + ';'
    yield 'COMMIT;'
