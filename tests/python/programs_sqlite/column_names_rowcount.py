# Result column names, rowid aliases, rowcount/lastrowid after each kind of statement, and implicit transactions.
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a INTEGER, b TEXT)")
print(con.in_transaction)
con.execute("INSERT INTO t VALUES (1, 'x')")
con.execute("CREATE TABLE u (c)")
print(con.in_transaction)
con.commit()
for q in ["SELECT  a+1  FROM t", "SELECT (SELECT 1), -a, a AS 'quoted alias', b \"dq\" FROM t", "SELECT x.a, x.* FROM t AS x",
          "SELECT * FROM (SELECT a AS q, b FROM t)", "SELECT count(*) AS \"Total\", COUNT ( * ) FROM t", "SELECT t.a + t.a FROM t",
          "SELECT a FROM t /* c */ WHERE a = 1 -- end", "SELECT CAST(a AS TEXT), a || b, a IS NULL, +a FROM t",
          "SELECT upper(b) FROM t", "SELECT * FROM t, u", "SELECT 1 AS a, 2 AS a", "SELECT t.rowid, oid, _rowid_ FROM t",
          "SELECT rowid, * FROM t", "SELECT \"a\" FROM t", "SELECT 'a' FROM t", "SELECT [b], `a` FROM t", "SELECT a FROM main.t",
          "SELECT ALL a FROM t", "SELECT DISTINCT a, b FROM t"]:
    cur = con.execute(q)
    print(q, [d[0] for d in cur.description], cur.fetchall())
cur = con.cursor()
cur.execute("UPDATE t SET a = 2")
print(cur.rowcount, cur.lastrowid)
cur.execute("SELECT * FROM t")
print(cur.rowcount, cur.lastrowid)
cur.executescript("INSERT INTO t VALUES (5, 'y'); INSERT INTO t VALUES (6, 'z');")
print(cur.rowcount, cur.lastrowid, cur.description)
cur.execute("INSERT INTO t VALUES (7, 'w')")
print(cur.rowcount, cur.lastrowid, con.in_transaction)
con.isolation_level = None
print(con.in_transaction)
cur.execute("INSERT INTO t VALUES (8, 'v')")
print(con.in_transaction, cur.lastrowid)
print(con.execute("SELECT count(*) FROM t").fetchone())
r = con.execute("SELECT 1 AS one").fetchone()
print(r == (1,), r)
con.row_factory = sqlite3.Row
r = con.execute("SELECT 1 AS one").fetchone()
print(r == (1,), tuple(r) == (1,), "one" in r.keys(), 1 in r)
print(sqlite3.Row(con.cursor(), (1, 2))[0] if False else "skip")
