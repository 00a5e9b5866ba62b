# Foreign keys: ignored until PRAGMA foreign_keys = ON, then enforced, with ON DELETE CASCADE.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE album (
    id INTEGER PRIMARY KEY,
    title TEXT,
    artist_id INTEGER REFERENCES artist(id) ON DELETE CASCADE
);
CREATE TABLE track (id INTEGER PRIMARY KEY, name TEXT, album_id INTEGER,
                    FOREIGN KEY (album_id) REFERENCES album(id));
INSERT INTO artist VALUES (1, 'Miles'), (2, 'Coltrane');
INSERT INTO album VALUES (10, 'Kind of Blue', 1), (11, 'Blue Train', 2);
""")
print(con.execute("PRAGMA foreign_keys").fetchone())
con.execute("INSERT INTO album VALUES (12, 'Orphan', 99)")
print("without enforcement:", con.execute("SELECT COUNT(*) FROM album").fetchone())
con.execute("DELETE FROM album WHERE id = 12")
con.commit()

con.execute("PRAGMA foreign_keys = ON")
print(con.execute("PRAGMA foreign_keys").fetchone())
try:
    con.execute("INSERT INTO album VALUES (13, 'Orphan', 99)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
con.execute("INSERT INTO track VALUES (100, 'So What', 10)")
try:
    con.execute("DELETE FROM album WHERE id = 10")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
con.execute("DELETE FROM track")
con.execute("DELETE FROM artist WHERE id = 1")
print("albums after cascade:", con.execute("SELECT title FROM album").fetchall())
con.execute("INSERT INTO track VALUES (101, 'Locomotion', NULL)")
print(con.execute("SELECT * FROM track").fetchall())
