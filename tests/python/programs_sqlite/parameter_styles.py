# The placeholder styles sqlite3 accepts: qmark, numeric and named, from sequences and mappings.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE lang (name TEXT, first_appeared INTEGER)")
con.execute("INSERT INTO lang VALUES (?, ?)", ("C", 1972))
con.execute("INSERT INTO lang VALUES (:name, :year)", {"name": "Python", "year": 1991})
con.execute("INSERT INTO lang VALUES (?2, ?1)", [1995, "Java"])
con.execute("INSERT INTO lang VALUES (@n, $y)", {"n": "Go", "y": 2009})
data = [{"name": "Rust", "year": 2010}, {"name": "Lisp", "year": 1958}]
con.executemany("INSERT INTO lang VALUES (:name, :year)", data)
con.executemany("INSERT INTO lang VALUES (?, ?)", iter([("Ada", 1980), ("Fortran", 1957)]))


def rows(sql, params=()):
    return con.execute(sql, params).fetchall()


print(rows("SELECT * FROM lang ORDER BY first_appeared"))
print(rows("SELECT name FROM lang WHERE first_appeared > ? AND first_appeared < ?", (1970, 2000)))
print(rows("SELECT name FROM lang WHERE name = :n OR name = :n || 'x'", {"n": "Go"}))
print(rows("SELECT ?, ?, ?, ?, ?", (None, 1, 2.5, "text", b"\x00\x01")))
print(rows("SELECT typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)", (None, 1, 2.5, "t", b"b")))
print(rows("SELECT ? + 1, ? || 'x'", (True, False)))
print(rows("SELECT :a + :b, ?3", (1, 2, 3)))
for bad in [("SELECT ?, ?", (1,)), ("SELECT ?", (1, 2)), ("SELECT :x", {"y": 1}), ("SELECT ?", {"x": 1}),
            ("SELECT ?", (object(),)), ("SELECT ?", 5), ("SELECT ?", (2 ** 70,))]:
    try:
        print(rows(*bad))
    except Exception as e:
        print(type(e).__name__ + ":", e)
