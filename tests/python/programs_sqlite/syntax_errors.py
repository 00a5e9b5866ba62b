# Syntax errors and unknown names report SQLite's messages.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a INTEGER, b TEXT)")
bad = [
    "SELEC a FROM t",
    "SELECT a FORM t",
    "SELECT a, FROM t",
    "SELECT * FROM t WHERE a = ",
    "SELECT * FROM t WHERE (a = 1",
    "INSERT INTO t VALUES (1, 'x'",
    "INSERT t VALUES (1)",
    "UPDATE t a = 1",
    "DELETE t",
    "CREATE TABLE (a)",
    "CREATE TABLE u (a INTEGER,)",
    "SELECT * FROM t ORDER a",
    "SELECT * FROM t GROUP a",
    "SELECT a b c FROM t",
    "SELECT 'abc",
    "SELECT \"a FROM t",
    "SELECT 12abc",
    "SELECT * FROM t LIMIT",
    "SELECT CASE WHEN 1 THEN 2 FROM t",
    "SELECT ()",
    "DROP t",
    "WITH x AS (SELECT 1) DELETE FROM t",
    "SELECT a FROM t WHERE b IN ()",
    "",
    "   ",
    "-- only a comment",
]
for sql in bad:
    try:
        cur = con.execute(sql)
        print("ok %r -> %s" % (sql, cur.fetchall()))
    except sqlite3.Error as e:
        print("%-30r %s: %s" % (sql, type(e).__name__, e))
