# ALTER TABLE, DROP TABLE, indexes, views and the schema table.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, species TEXT)")
con.executemany("INSERT INTO pets (name, species) VALUES (?, ?)", [("Rex", "dog"), ("Tom", "cat"), ("Nemo", "fish")])
con.execute("ALTER TABLE pets ADD COLUMN age INTEGER DEFAULT 1")
con.execute("ALTER TABLE pets ADD owner TEXT")
print(con.execute("SELECT * FROM pets").fetchall())
con.execute("ALTER TABLE pets RENAME TO animals")
try:
    con.execute("SELECT * FROM pets")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.execute("ALTER TABLE animals RENAME COLUMN species TO kind")
cur = con.execute("SELECT * FROM animals WHERE kind = 'cat'")
print([d[0] for d in cur.description], cur.fetchall())
for row in con.execute("PRAGMA table_info(animals)"):
    print(row)

con.execute("CREATE INDEX idx_kind ON animals (kind)")
con.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_name ON animals (name)")
try:
    con.execute("INSERT INTO animals (name, kind) VALUES ('Rex', 'dog')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    con.execute("CREATE INDEX idx_kind ON animals (name)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

con.execute("CREATE VIEW young AS SELECT name, age FROM animals WHERE age < 3")
print(con.execute("SELECT * FROM young ORDER BY name").fetchall())
print(con.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name").fetchall())
con.execute("DROP VIEW young")
con.execute("DROP INDEX idx_name")
con.execute("INSERT INTO animals (name, kind) VALUES ('Rex', 'dog')")
print(con.execute("SELECT count(*) FROM animals WHERE name = 'Rex'").fetchone())
con.execute("DROP TABLE animals")
con.execute("DROP TABLE IF EXISTS animals")
print(con.execute("SELECT count(*) FROM sqlite_master").fetchone())
for bad in ["DROP TABLE animals", "DROP INDEX nope", "ALTER TABLE nope ADD COLUMN x", "DROP VIEW nope"]:
    try:
        con.execute(bad)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
con.execute("CREATE TABLE IF NOT EXISTS t (a)")
con.execute("CREATE TABLE IF NOT EXISTS t (a, b)")
print(con.execute("SELECT sql FROM sqlite_master WHERE name = 't'").fetchone())
con.execute("CREATE TABLE copy AS SELECT 1 AS one, 'two' AS two, 3.0 AS three")
print(con.execute("SELECT * FROM copy").fetchall(), con.execute("SELECT sql FROM sqlite_master WHERE name = 'copy'").fetchone()[0])
