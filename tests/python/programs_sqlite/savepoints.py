# SAVEPOINT, RELEASE and ROLLBACK TO inside a transaction.
import sqlite3

con = sqlite3.connect(":memory:", isolation_level=None)
con.execute("CREATE TABLE steps (n INTEGER)")


def steps():
    return [r[0] for r in con.execute("SELECT n FROM steps ORDER BY n")]


con.execute("BEGIN")
con.execute("INSERT INTO steps VALUES (1)")
con.execute("SAVEPOINT a")
con.execute("INSERT INTO steps VALUES (2)")
con.execute("SAVEPOINT b")
con.execute("INSERT INTO steps VALUES (3)")
print(steps())
con.execute("ROLLBACK TO b")
print("after rollback to b:", steps())
con.execute("INSERT INTO steps VALUES (4)")
con.execute("RELEASE a")
print("after release a:", steps(), con.in_transaction)
con.execute("COMMIT")
print("committed:", steps(), con.in_transaction)

con.execute("SAVEPOINT outer_sp")
print("savepoint starts a transaction:", con.in_transaction)
con.execute("DELETE FROM steps")
con.execute("ROLLBACK TO SAVEPOINT outer_sp")
print("rolled back delete:", steps())
con.execute("RELEASE SAVEPOINT outer_sp")
print(con.in_transaction)
try:
    con.execute("RELEASE nothing")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
