# A small library catalogue: create, insert, query, update, delete.
import sqlite3

conn = sqlite3.connect(":memory:")
cur = conn.cursor()
cur.execute("""
    CREATE TABLE books (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        author TEXT NOT NULL,
        year INTEGER,
        available INTEGER DEFAULT 1
    )
""")
books = [
    ("Dune", "Frank Herbert", 1965),
    ("Neuromancer", "William Gibson", 1984),
    ("Foundation", "Isaac Asimov", 1951),
    ("I, Robot", "Isaac Asimov", 1950),
    ("Hyperion", "Dan Simmons", 1989),
]
cur.executemany("INSERT INTO books (title, author, year) VALUES (?, ?, ?)", books)
conn.commit()
print("inserted", cur.rowcount, "books; last id", cur.lastrowid)

print("-- all books by year")
for row in cur.execute("SELECT id, title, year FROM books ORDER BY year"):
    print(row)

print("-- Asimov")
cur.execute("SELECT title FROM books WHERE author = ? ORDER BY title", ("Isaac Asimov",))
print(cur.fetchall())

cur.execute("UPDATE books SET available = 0 WHERE title IN ('Dune', 'Hyperion')")
print("checked out:", cur.rowcount)
cur.execute("SELECT title, available FROM books WHERE available = 0")
print(cur.fetchall())

cur.execute("DELETE FROM books WHERE year < 1951")
print("deleted:", cur.rowcount)
print(cur.execute("SELECT COUNT(*) FROM books").fetchone()[0], "books left")
print(cur.execute("SELECT MIN(year), MAX(year), AVG(year) FROM books").fetchone())
print([d[0] for d in cur.description])
conn.close()
