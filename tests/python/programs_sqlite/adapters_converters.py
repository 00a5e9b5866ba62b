# register_adapter / register_converter, detect_types, and the default date adapters.
import datetime
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def adapt_point(p):
    return "%s;%s" % (p.x, p.y)


def convert_point(data):
    x, y = map(float, data.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("CREATE TABLE shapes (name TEXT, p point, made date, seen timestamp)")
con.execute("INSERT INTO shapes VALUES (?, ?, ?, ?)",
            ("origin", Point(0, 0), datetime.date(2024, 5, 1), datetime.datetime(2024, 5, 1, 12, 30, 15)))
con.execute("INSERT INTO shapes VALUES (?, ?, ?, ?)", ("unit", Point(1, 1.5), None, None))
for row in con.execute("SELECT * FROM shapes"):
    print(row)
print(con.execute("SELECT p, typeof(p) FROM shapes").fetchall())

plain = sqlite3.connect(":memory:")
plain.execute("CREATE TABLE shapes (p point)")
plain.execute("INSERT INTO shapes VALUES (?)", (Point(2, 3),))
print(plain.execute("SELECT p FROM shapes").fetchall())
print(plain.execute("SELECT ?", (datetime.date(2020, 2, 29),)).fetchone())

cols = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cur = cols.execute('SELECT ? AS "p [point]", ? AS "d [date]"', ("4;5", "2021-12-31"))
print(cur.fetchone(), [d[0] for d in cur.description])
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "%.1fC" % self.degrees


print(plain.execute("SELECT ?", (Celsius(21.5),)).fetchone())
