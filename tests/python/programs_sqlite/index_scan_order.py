# Without ORDER BY, a query SQLite answers from an index returns rows in the index's order.
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("CREATE TABLE t(name TEXT UNIQUE, n INTEGER, m)")
c.executemany("INSERT INTO t VALUES (?, ?, ?)", [("b", 3, 1), ("a", 1, 2), ("d", 2, 3), ("c", 5, 4)])
for q in ["SELECT name FROM t", "SELECT * FROM t", "SELECT name FROM t WHERE name > 'a'", "SELECT * FROM t WHERE name > 'a'",
          "SELECT n FROM t WHERE n > 1", "SELECT count(*) FROM t", "SELECT DISTINCT name FROM t", "SELECT name, count(*) FROM t GROUP BY name",
          "SELECT name FROM t WHERE name IN ('d', 'a')", "SELECT * FROM t WHERE name = 'c' OR n = 1", "SELECT name FROM t ORDER BY rowid"]:
    print(q, c.execute(q).fetchall())
c.execute("CREATE INDEX i_n ON t(n)")
for q in ["SELECT n FROM t", "SELECT * FROM t WHERE n > 1", "SELECT m FROM t WHERE n > 1", "SELECT n, name FROM t", "SELECT * FROM t WHERE n = 2", "SELECT n FROM t WHERE m > 0",
          "SELECT * FROM t WHERE n BETWEEN 2 AND 5", "SELECT name FROM t WHERE n IN (5, 1)", "SELECT min(n), max(n) FROM t"]:
    print(q, c.execute(q).fetchall())
c.execute("CREATE TABLE p(a INTEGER PRIMARY KEY, b TEXT)")
c.execute("CREATE TABLE q(x TEXT PRIMARY KEY, y)")
c.executemany("INSERT INTO q VALUES (?, ?)", [("z", 1), ("y", 2), ("x", 3)])
for q in ["SELECT x FROM q", "SELECT * FROM q", "SELECT x, y FROM q WHERE x > 'a'", "SELECT y FROM q WHERE x >= 'x'"]:
    print(q, c.execute(q).fetchall())
