# INSERT OR REPLACE / OR IGNORE, REPLACE INTO, upserts, INSERT ... SELECT and DEFAULT VALUES.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("""CREATE TABLE inventory (
    sku TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    qty INTEGER NOT NULL DEFAULT 0,
    updated TEXT DEFAULT 'never'
)""")
con.execute("INSERT INTO inventory (sku, name, qty) VALUES ('A1', 'bolt', 100), ('B2', 'nut', 250)")


def dump(label):
    print(label, con.execute("SELECT rowid, * FROM inventory ORDER BY sku").fetchall())


dump("start")
cur = con.execute("INSERT OR IGNORE INTO inventory (sku, name) VALUES ('A1', 'duplicate')")
print("ignored rowcount", cur.rowcount)
cur = con.execute("INSERT OR REPLACE INTO inventory (sku, name, qty) VALUES ('A1', 'bolt v2', 90)")
print("replace rowcount", cur.rowcount, "lastrowid", cur.lastrowid)
con.execute("REPLACE INTO inventory (sku, name) VALUES ('C3', 'washer')")
dump("after replace")
con.execute("""INSERT INTO inventory (sku, name, qty) VALUES ('B2', 'nut', 5)
               ON CONFLICT(sku) DO UPDATE SET qty = qty + excluded.qty, updated = 'upsert'""")
con.execute("INSERT INTO inventory (sku, name) VALUES ('C3', 'x') ON CONFLICT DO NOTHING")
dump("after upsert")
try:
    con.execute("INSERT INTO inventory (sku, name) VALUES ('B2', 'again')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)

con.execute("CREATE TABLE archive (sku TEXT, name TEXT, qty INTEGER)")
cur = con.execute("INSERT INTO archive SELECT sku, name, qty FROM inventory WHERE qty > 0")
print("archived", cur.rowcount, con.execute("SELECT * FROM archive").fetchall())
con.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, msg TEXT DEFAULT 'hello', n INTEGER DEFAULT (1 + 2))")
con.execute("INSERT INTO log DEFAULT VALUES")
con.execute("INSERT INTO log (msg) VALUES ('custom')")
print(con.execute("SELECT * FROM log").fetchall())
cur = con.execute("INSERT INTO log (id, msg) VALUES (10, 'jump')")
print("lastrowid", cur.lastrowid)
cur = con.execute("INSERT INTO log (msg) VALUES ('next')")
print("lastrowid", cur.lastrowid)
con.execute("INSERT INTO log (id, msg) VALUES ('20', 'text id')")
print(con.execute("SELECT id, typeof(id), msg FROM log").fetchall())
