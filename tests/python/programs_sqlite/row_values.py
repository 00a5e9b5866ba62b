# Row values: comparisons in dictionary order, IN (SELECT a, b ...), and UPDATE SET (a, b) = (...).
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a INTEGER, b TEXT, c)")
con.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, 'x', 1), (1, 'y', 2), (2, 'x', None), (3, 'z', 4)])
for q in ["SELECT (1, 2) = (1, 2), (1, 2) <> (1, 3), (1, 2) < (1, 3), (2, 0) > (1, 9), (1, NULL) = (1, 2), (1, NULL) = (2, 2), (1, NULL) IS (1, NULL)",
          "SELECT a, b FROM t WHERE (a, b) = (1, 'y')", "SELECT a, b FROM t WHERE (a, b) > (1, 'x') ORDER BY a, b",
          "SELECT a, b FROM t WHERE (a, b) IN (SELECT a, b FROM t WHERE c > 1)", "SELECT a, b FROM t WHERE (a, b) NOT IN (SELECT a, 'x' FROM t)",
          "SELECT (1, 2)", "SELECT (1, 2) = (1, 2, 3)", "SELECT (1,2) + 1", "SELECT a FROM t WHERE (a, b) IN (SELECT a FROM t)"]:
    try:
        print(q, con.execute(q).fetchall())
    except sqlite3.Error as e:
        print(q, type(e).__name__, e)
con.execute("UPDATE t SET (a, b) = (a * 10, upper(b)) WHERE c IS NULL")
print(con.execute("SELECT * FROM t").fetchall())
try:
    con.execute("UPDATE t SET (a, b) = (1, 2, 3)")
except sqlite3.Error as e:
    print(type(e).__name__, e)
