# Type affinity: how each column type stores what it is given.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (i INTEGER, r REAL, n NUMERIC, s TEXT, b BLOB, none_)")
values = [1, 2.0, 2.5, "3", "4.0", "4.5", "x1", b"\x01", None, "1e3", " 7 ", "0x10", 9223372036854775807]
for v in values:
    con.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", (v,) * 6)
for row in con.execute("SELECT i, typeof(i), r, typeof(r), n, typeof(n), s, typeof(s), b, typeof(b) FROM t"):
    print(row)
print(con.execute("SELECT none_, typeof(none_) FROM t").fetchall())
print("-- declared types map to affinities")
con.execute("""CREATE TABLE d (a VARCHAR(10), b BIGINT, c DOUBLE PRECISION, d DECIMAL(10,2), e BOOLEAN,
               f DATETIME, g CHARINT, h FLOATING POINT, i STRING, j CLOB)""")
con.execute("INSERT INTO d VALUES ('1', '2', '3', '4.0', 'true', '2024-01-01', '5', '6', '7', 8)")
print(con.execute("SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e), typeof(f), typeof(g), typeof(h), typeof(i), typeof(j) FROM d").fetchone())
print(con.execute("SELECT * FROM d").fetchone())
print("-- comparisons use the column's affinity")
print(con.execute("SELECT COUNT(*) FROM t WHERE i = '1'").fetchone(), con.execute("SELECT COUNT(*) FROM t WHERE s = 3").fetchone())
print(con.execute("SELECT 1 = '1', '1' = 1, 1 < '1', 'a' < x'00', NULL = NULL, NULL IS NULL").fetchone())
print("-- casts")
print(con.execute("SELECT CAST('42abc' AS INTEGER), CAST(3.99 AS INTEGER), CAST(-3.99 AS INTEGER), CAST('1e2' AS REAL), CAST(12 AS TEXT), CAST('5.0' AS NUMERIC), CAST(x'3132' AS TEXT), CAST('abc' AS BLOB)").fetchone())
print(con.execute("SELECT typeof(CAST('5.0' AS NUMERIC)), typeof(CAST(5 AS REAL)), typeof(CAST(NULL AS TEXT))").fetchone())
