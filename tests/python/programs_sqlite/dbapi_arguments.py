# DB-API argument handling: parameter containers, executemany iterables, fetchmany sizes, bad arguments.
import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
tests = [lambda: con.execute(123), lambda: cur.execute("SELECT ?", "a"), lambda: cur.execute("SELECT ?", "ab"),
         lambda: cur.execute("SELECT ?", 5), lambda: cur.execute("SELECT :a", [1]), lambda: cur.executemany("INSERT INTO x VALUES (?)", 5),
         lambda: cur.fetchmany(-1), lambda: con.executescript(5),
         lambda: sqlite3.connect(":memory:", isolation_level="BAD"), lambda: con.create_function("f", 1, None),
         lambda: cur.execute("SELECT 1").fetchmany(size=0), lambda: sqlite3.Row(cur, [1]), 
         lambda: cur.execute("SELECT ?", {"a": 1}), lambda: cur.execute("SELECT ?1, :a", (1,)),
         lambda: cur.execute("SELECT ?", [b"x"]).fetchall(), lambda: cur.execute("SELECT ?", (bytearray(b"y"),)).fetchall()]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'cursor' if isinstance(r, sqlite3.Cursor) else r)
    except Exception as e:
        print(i, type(e).__name__, e)
