# Transactions: implicit BEGIN before DML, commit, rollback, the connection as a context manager.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))")
con.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 50)])
print("in transaction after insert:", con.in_transaction)
con.commit()
print("after commit:", con.in_transaction)


def balances():
    return con.execute("SELECT name, balance FROM accounts ORDER BY name").fetchall()


con.execute("UPDATE accounts SET balance = balance - 30 WHERE name = 'alice'")
print(balances(), con.in_transaction)
con.rollback()
print("after rollback:", balances())


def transfer(src, dst, amount):
    try:
        with con:
            con.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst))
            con.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, src))
        print("transfer %s -> %s %d: ok" % (src, dst, amount))
    except sqlite3.IntegrityError as e:
        print("transfer %s -> %s %d failed: %s" % (src, dst, amount, e))


transfer("alice", "bob", 40)
transfer("bob", "alice", 500)
print(balances())

con.isolation_level = None
print("autocommit:", con.isolation_level, con.in_transaction)
con.execute("BEGIN")
con.execute("INSERT INTO accounts VALUES ('carol', 10)")
con.execute("DELETE FROM accounts WHERE name = 'bob'")
print(balances(), con.in_transaction)
con.execute("ROLLBACK")
print(balances(), con.in_transaction)
try:
    con.execute("ROLLBACK")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.execute("BEGIN")
try:
    con.execute("BEGIN")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.execute("INSERT INTO accounts VALUES ('dave', 5)")
con.execute("COMMIT")
print(balances(), "total changes", con.total_changes)
