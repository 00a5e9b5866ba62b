# A database file: what one connection commits, another connection to the same file sees.
import os
import sqlite3
import tempfile

path = os.path.join(tempfile.gettempdir(), "weft_sqlite_file_database_%d.db" % os.getpid())
con = sqlite3.connect(path)
con.execute("DROP TABLE IF EXISTS notes")
con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
con.executemany("INSERT INTO notes (body) VALUES (?)", [("first",), ("second",)])
con.commit()
con.execute("INSERT INTO notes (body) VALUES ('uncommitted')")
con.close()

again = sqlite3.connect(path)
print(again.execute("SELECT * FROM notes").fetchall())
again.execute("UPDATE notes SET body = upper(body)")
again.commit()
again.close()

with sqlite3.connect(path) as third:
    print(third.execute("SELECT body FROM notes ORDER BY id").fetchall())
    print(third.execute("SELECT name FROM sqlite_master").fetchall())
third.close()
if os.path.exists(path):
    os.remove(path)
