# The Cursor API: fetchone/fetchmany/fetchall, arraysize, iteration, description, rowcount, lastrowid.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.arraysize, cur.rowcount, cur.lastrowid, cur.description, cur.connection is con)
cur.execute("CREATE TABLE n (v INTEGER)")
print("create:", cur.rowcount, cur.lastrowid, cur.description)
cur.executemany("INSERT INTO n VALUES (?)", [(i,) for i in range(1, 11)])
print("executemany:", cur.rowcount, cur.lastrowid)
cur.execute("SELECT v, v * v AS square FROM n")
print("select:", cur.rowcount, cur.description)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(3))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))
cur.execute("SELECT v FROM n WHERE v > 7")
print([row for row in cur])
print(next(iter(cur.execute("SELECT max(v) FROM n"))))
cur.execute("UPDATE n SET v = v + 100 WHERE v % 2 = 0")
print("update:", cur.rowcount)
cur.execute("DELETE FROM n WHERE v > 105")
print("delete:", cur.rowcount)
cur.execute("DELETE FROM n WHERE v > 1000")
print("delete none:", cur.rowcount)
cur.execute("SELECT * FROM n WHERE 0")
print("empty:", cur.fetchall(), cur.description)
print(iter(cur) is cur)
c2 = con.execute("INSERT INTO n VALUES (42)")
print(type(c2).__name__, c2.rowcount, c2.lastrowid, con.total_changes)
try:
    cur.executemany("SELECT ?", [(1,), (2,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
cur.close()
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
