# sqlite3.Row and custom row factories.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE planets (Name TEXT, moons INTEGER, radius_km REAL)")
con.executemany("INSERT INTO planets VALUES (?, ?, ?)",
                [("Mercury", 0, 2439.7), ("Earth", 1, 6371.0), ("Mars", 2, 3389.5), ("Jupiter", 95, 69911.0)])

con.row_factory = sqlite3.Row
row = con.execute("SELECT * FROM planets WHERE name = 'Earth'").fetchone()
print(type(row).__name__, len(row), row.keys())
print(row[0], row["moons"], row["NAME"], row["Radius_KM"], row[-1])
print(tuple(row), list(row), row[1:])
print(dict(zip(row.keys(), row)))
try:
    row["missing"]
except IndexError as e:
    print("IndexError:", e)
try:
    row[5]
except IndexError as e:
    print("IndexError:", e)
other = con.execute("SELECT * FROM planets WHERE name = 'Earth'").fetchone()
print("equal rows:", row == other, hash(row) == hash(other))
print("different:", row == con.execute("SELECT * FROM planets WHERE name = 'Mars'").fetchone())
for r in con.execute("SELECT name, moons FROM planets ORDER BY moons DESC"):
    print("%-8s %3d" % (r["name"], r["moons"]))


def dict_factory(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}


con.row_factory = dict_factory
print(con.execute("SELECT name, radius_km FROM planets WHERE moons > 1").fetchall())
cur = con.cursor()
cur.row_factory = lambda cursor, row: row[0].upper()
print(cur.execute("SELECT name FROM planets").fetchall())

con.row_factory = None
con.text_factory = bytes
print(con.execute("SELECT name, moons FROM planets LIMIT 2").fetchall())
con.text_factory = lambda b: b.decode().lower()
print(con.execute("SELECT name FROM planets LIMIT 2").fetchall())
