# Triggers: an audit log kept by AFTER triggers, checks with RAISE in BEFORE triggers.
import sqlite3
con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE account (id INTEGER PRIMARY KEY, owner TEXT, balance INTEGER);
CREATE TABLE audit (id INTEGER PRIMARY KEY, account_id INTEGER, action TEXT, old_balance INTEGER, new_balance INTEGER);
CREATE TRIGGER account_insert AFTER INSERT ON account
BEGIN
    INSERT INTO audit (account_id, action, new_balance) VALUES (NEW.id, 'open', NEW.balance);
END;
CREATE TRIGGER account_update AFTER UPDATE OF balance ON account
WHEN NEW.balance <> OLD.balance
BEGIN
    INSERT INTO audit (account_id, action, old_balance, new_balance) VALUES (NEW.id, 'change', OLD.balance, NEW.balance);
END;
CREATE TRIGGER account_delete BEFORE DELETE ON account
BEGIN
    INSERT INTO audit (account_id, action, old_balance) VALUES (OLD.id, 'close', OLD.balance);
END;
CREATE TRIGGER no_overdraft BEFORE UPDATE ON account
WHEN NEW.balance < 0
BEGIN
    SELECT RAISE(ABORT, 'insufficient funds');
END;
""")
con.execute("INSERT INTO account (owner, balance) VALUES ('ann', 100)")
con.execute("INSERT INTO account (owner, balance) VALUES ('bob', 20)")
con.execute("UPDATE account SET balance = balance - 30 WHERE owner = 'ann'")
con.execute("UPDATE account SET owner = 'Bob' WHERE owner = 'bob'")
try:
    con.execute("UPDATE account SET balance = balance - 50 WHERE owner = 'Bob'")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
cur = con.execute("DELETE FROM account WHERE owner = 'ann'")
print("deleted", cur.rowcount, "total changes", con.total_changes)
for row in con.execute("SELECT * FROM audit"):
    print(row)
print(con.execute("SELECT * FROM account").fetchall())
print(con.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall())
print(con.execute("SELECT sql FROM sqlite_master WHERE name = 'account_insert'").fetchone()[0])
con.execute("CREATE TABLE t (v)")
con.execute("CREATE TRIGGER skip_negative BEFORE INSERT ON t WHEN NEW.v < 0 BEGIN SELECT RAISE(IGNORE); END")
con.executemany("INSERT INTO t VALUES (?)", [(1,), (-2,), (3,)])
print(con.execute("SELECT v FROM t").fetchall())
con.execute("DROP TRIGGER skip_negative")
con.execute("INSERT INTO t VALUES (-5)")
print(con.execute("SELECT v FROM t").fetchall())
for bad in ["SELECT RAISE(ABORT, 'x')", "CREATE TRIGGER account_insert AFTER INSERT ON account BEGIN SELECT 1; END",
            "CREATE TRIGGER tr AFTER INSERT ON nope BEGIN SELECT 1; END", "DROP TRIGGER nope"]:
    try:
        con.execute(bad)
    except sqlite3.Error as e:
        print(type(e).__name__, e)
