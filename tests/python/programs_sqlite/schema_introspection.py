# Looking at the schema: sqlite_master/sqlite_schema and PRAGMA table_info.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE customer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT DEFAULT 'anonymous',
    credit REAL DEFAULT 0.0,
    joined TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE purchase (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total NUMERIC);
CREATE INDEX purchase_customer ON purchase (customer_id);
CREATE TABLE tag (a, b, PRIMARY KEY (a, b));
""")
for name, kind in con.execute("SELECT name, type FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"):
    print(kind, name)
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY 1")]
for table in tables:
    print("==", table)
    cur = con.execute("PRAGMA table_info(%s)" % table)
    print([d[0] for d in cur.description])
    for row in cur:
        print("  ", row)
print(con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall())
print(con.execute("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall())
print(con.execute("PRAGMA table_info(nonexistent)").fetchall())
