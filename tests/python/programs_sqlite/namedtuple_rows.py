# Row factories that build namedtuples and dataclasses.
import sqlite3
from collections import namedtuple
from dataclasses import dataclass

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE city (name TEXT, country TEXT, population INTEGER)")
con.executemany("INSERT INTO city VALUES (?, ?, ?)", [("Lagos", "NG", 15388000), ("Lima", "PE", 10719000),
                                                      ("Oslo", "NO", 709000)])


def namedtuple_factory(cursor, row):
    fields = [column[0] for column in cursor.description]
    return namedtuple("Row", fields)(*row)


con.row_factory = namedtuple_factory
for city in con.execute("SELECT name, population / 1000000.0 AS millions FROM city ORDER BY population DESC"):
    print(city, "->", city.name, round(city.millions, 1))


@dataclass
class City:
    name: str
    country: str
    population: int


con.row_factory = lambda cursor, row: City(*row)
print(con.execute("SELECT * FROM city WHERE country = 'NO'").fetchone())
con.row_factory = sqlite3.Row
rows = con.execute("SELECT * FROM city").fetchall()
print(sorted(r["name"] for r in rows))
print([dict(r) for r in rows][0])
print({r["country"]: r["population"] for r in rows})
