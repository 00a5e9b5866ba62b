# Keywords in any case, case-insensitive names, quoted identifiers and keywords as column names.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute('create table "Order" ("select" TEXT, [group] INTEGER, `from` REAL, "two words" TEXT, key TEXT, value TEXT)')
con.execute('INSERT INTO "ORDER" VALUES (?, ?, ?, ?, ?, ?)', ("s", 1, 2.5, "tw", "k", "v"))
cur = con.execute('SeLeCt "select", [GROUP], `From`, "two words", KEY, Value FrOm "order"')
print([d[0] for d in cur.description], cur.fetchall())
cur = con.execute('select "select" as "Result Column", [group] + 1 AS g2 from "Order" where "select" = \'s\'')
print([d[0] for d in cur.description], cur.fetchall())
print(con.execute("SELECT \"no such column\" FROM \"Order\"").fetchall())
con.execute("CREATE TABLE MixedCase (ColA INTEGER, colb TEXT)")
con.execute("INSERT INTO mixedcase (COLA, COLB) VALUES (1, 'x')")
cur = con.execute("SELECT cola, ColB, mixedCASE.colA FROM MIXEDCASE")
print([d[0] for d in cur.description], cur.fetchall())
print(con.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall())
try:
    con.execute("CREATE TABLE mixedcase (x)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
