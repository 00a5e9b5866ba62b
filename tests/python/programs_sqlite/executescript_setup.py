# executescript: several statements, comments and all, in one call.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.executescript("""
    -- the schema
    CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE book (
        id INTEGER PRIMARY KEY,
        title TEXT,
        author_id INTEGER,   /* who wrote it */
        pages INTEGER
    );
    INSERT INTO author (name) VALUES ('Tolkien'), ('Le Guin'), ('Pratchett');
    INSERT INTO book (title, author_id, pages) VALUES
        ('The Hobbit', 1, 310),
        ('The Silmarillion', 1, 365),
        ('A Wizard of Earthsea', 2, 183),
        ('Mort', 3, 243),
        ('Guards! Guards!', 3, 288),
        ('Small Gods', 3, 284);
""")
print(type(cur).__name__, cur.description, cur.fetchall())
for row in con.execute("""SELECT a.name, COUNT(*), SUM(b.pages) FROM author a JOIN book b ON b.author_id = a.id
                          GROUP BY a.id ORDER BY a.name"""):
    print(row)
try:
    con.executescript("INSERT INTO author (name) VALUES ('X'); SELECT * FROM nope; INSERT INTO author (name) VALUES ('Y');")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(con.execute("SELECT name FROM author ORDER BY id").fetchall())
print(con.execute("SELECT name, type FROM sqlite_master ORDER BY name").fetchall())
print(con.execute("SELECT sql FROM sqlite_master WHERE name = 'author'").fetchone()[0])
