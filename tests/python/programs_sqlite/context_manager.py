# The connection as a context manager: commit on success, rollback on an exception.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE ledger (entry TEXT UNIQUE, amount INTEGER)")

with con:
    con.execute("INSERT INTO ledger VALUES ('opening', 100)")
print(con.in_transaction, con.execute("SELECT * FROM ledger").fetchall())

try:
    with con:
        con.execute("INSERT INTO ledger VALUES ('rent', -40)")
        con.execute("INSERT INTO ledger VALUES ('opening', 5)")
except sqlite3.IntegrityError as e:
    print("rolled back:", e)
print(con.execute("SELECT * FROM ledger").fetchall())

try:
    with con:
        con.execute("INSERT INTO ledger VALUES ('food', -20)")
        raise RuntimeError("changed my mind")
except RuntimeError as e:
    print("rolled back:", e)
print(con.execute("SELECT * FROM ledger").fetchall())

with con as c:
    print(c is con)
    c.executemany("INSERT INTO ledger VALUES (?, ?)", [("a", 1), ("b", 2)])
print(con.execute("SELECT SUM(amount) FROM ledger").fetchone())
con.close()
try:
    with con:
        pass
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
