# sqlite3 tutorial on an in-memory database: create, insert with placeholders, query, row factories, transactions.
import sqlite3
con = sqlite3.connect(':memory:')
cur = con.cursor()
cur.execute("CREATE TABLE movie(title, year, score)")
res = cur.execute("SELECT name FROM sqlite_master")
print(res.fetchone())
res = cur.execute("SELECT name FROM sqlite_master WHERE name='spam'")
print(res.fetchone() is None)
cur.execute("""
    INSERT INTO movie VALUES
        ('Monty Python and the Holy Grail', 1975, 8.2),
        ('And Now for Something Completely Different', 1971, 7.5)
""")
con.commit()
res = cur.execute("SELECT score FROM movie")
print(res.fetchall())
data = [
    ("Monty Python Live at the Hollywood Bowl", 1982, 7.9),
    ("Monty Python's The Meaning of Life", 1983, 7.5),
    ("Monty Python's Life of Brian", 1979, 8.0),
]
cur.executemany("INSERT INTO movie VALUES(?, ?, ?)", data)
con.commit()
for row in cur.execute("SELECT year, title FROM movie ORDER BY year"):
    print(row)
print(cur.execute("SELECT title, year FROM movie ORDER BY score DESC").fetchone())
print(cur.execute("SELECT count(*), avg(score), max(year) FROM movie").fetchone())
print(cur.execute("SELECT * FROM movie WHERE year = :y", {'y': 1979}).fetchall(), cur.rowcount)
cur.execute("UPDATE movie SET score = score + 0.1 WHERE year < ?", (1976,))
print(cur.rowcount, [d[0] for d in cur.execute('SELECT * FROM movie').description])
con.row_factory = sqlite3.Row
row = con.execute("SELECT title, year FROM movie WHERE year = 1971").fetchone()
print(type(row).__name__, row.keys(), row['year'], row[0], tuple(row))
con.row_factory = lambda cursor, r: {col[0]: r[i] for i, col in enumerate(cursor.description)}
print(con.execute("SELECT 1 AS a, 2 AS b").fetchone())
con.row_factory = None
try:
    with con:
        con.execute("INSERT INTO movie VALUES ('x', 2000, 1.0)")
        raise ValueError('rolled back')
except ValueError:
    pass
print(con.execute("SELECT count(*) FROM movie WHERE title = 'x'").fetchone())
try:
    con.execute("SELECT * FROM nope")
except sqlite3.OperationalError as e:
    print('OperationalError:', e)
con.execute("CREATE TABLE u(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)")
con.execute("INSERT INTO u(name) VALUES ('a')")
try:
    con.execute("INSERT INTO u(name) VALUES ('a')")
except sqlite3.IntegrityError as e:
    print('IntegrityError:', e)
try:
    con.execute("INSERT INTO u(name) VALUES (?)", ())
except sqlite3.ProgrammingError as e:
    print('ProgrammingError:', e)
con.create_function('reverse', 1, lambda s: s[::-1])
print(con.execute("SELECT reverse('stressed')").fetchone(), con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(NULL), typeof(x'00')").fetchone())
class MySum:
    def __init__(self):
        self.count = 0
    def step(self, value):
        self.count += value
    def finalize(self):
        return self.count
con.create_aggregate('mysum', 1, MySum)
print(con.execute("SELECT mysum(year) FROM movie").fetchone(), list(con.iterdump())[:2])
print(sqlite3.complete_statement('SELECT 1;'), sqlite3.complete_statement('SELECT 1'), sqlite3.paramstyle, sqlite3.threadsafety in (1, 3))
con.close()
try:
    con.execute('SELECT 1')
except sqlite3.ProgrammingError as e:
    print('ProgrammingError:', e)
