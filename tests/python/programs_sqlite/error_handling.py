# The exception hierarchy and SQLite's error messages.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, age INTEGER CHECK (age >= 0))")
con.execute("INSERT INTO users (email, age) VALUES ('a@x.org', 30)")

statements = [
    "SELECT * FROM nowhere",
    "CREATE TABLE users (x)",
    "INSERT INTO users (email, age) VALUES ('a@x.org', 1)",
    "INSERT INTO users (email, age) VALUES (NULL, 1)",
    "INSERT INTO users (email, age) VALUES ('b@x.org', -5)",
    "INSERT INTO users (id, email) VALUES (1, 'c@x.org')",
    "INSERT INTO users (nickname) VALUES ('z')",
    "INSERT INTO users VALUES (1, 2)",
    "INSERT INTO users (email, age) VALUES (1, 2, 3)",
    "SELECT email FROM users WHERE nickname = 'z'",
    "SELECT FROM users",
    "SELECT * FROM users WHERE",
    "SELEC * FROM users",
    "SELECT * FROM users ORDER BY 3, 4",
    "SELECT count(*) FROM users WHERE count(*) > 0",
    "SELECT nosuchfunc(email) FROM users",
    "SELECT substr(email) FROM users",
    "DROP TABLE missing",
    "SELECT 'unterminated",
    "SELECT 1; SELECT 2",
    "COMMIT",
    "INSERT INTO users (id, email) VALUES ('abc', 'd@x.org')",
    "SELECT * FROM users u JOIN users v",
    "SELECT id FROM users u JOIN users v ON u.id = v.id",
]
for sql in statements:
    try:
        con.execute(sql)
        print("ok:", sql)
    except sqlite3.Error as e:
        print("%-18s %s" % (type(e).__name__, e))

print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error))
print(issubclass(sqlite3.Error, Exception), issubclass(sqlite3.Warning, Exception))
print(issubclass(sqlite3.ProgrammingError, sqlite3.DatabaseError), issubclass(sqlite3.InterfaceError, sqlite3.Error))
print([c.__name__ for c in sqlite3.OperationalError.__mro__])
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
cur = sqlite3.connect(":memory:").cursor()
cur.close()
try:
    cur.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
