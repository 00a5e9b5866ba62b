# create_collation: Python functions that order text in SQL.
import sqlite3
con = sqlite3.connect(":memory:")


def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))


def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation("bylength", by_length)
con.create_collation("reverse", reverse)
con.execute("CREATE TABLE w (word TEXT)")
con.executemany("INSERT INTO w VALUES (?)", [("pear",), ("fig",), ("banana",), ("kiwi",), ("Apple",)])
print(con.execute("SELECT word FROM w ORDER BY word COLLATE bylength, word").fetchall())
print(con.execute("SELECT word FROM w ORDER BY word COLLATE reverse").fetchall())
print(con.execute("SELECT word FROM w ORDER BY word COLLATE NOCASE DESC").fetchall())
print(con.execute("SELECT word FROM w WHERE word = 'xxxx' COLLATE bylength ORDER BY word").fetchall())
print(con.execute("SELECT max(word COLLATE bylength) FROM w").fetchall())
try:
    con.execute("SELECT word FROM w ORDER BY word COLLATE nosuch")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.create_collation("reverse", None)
try:
    con.execute("SELECT word FROM w ORDER BY word COLLATE reverse")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(con.execute("SELECT 'abc' = 'ABC' COLLATE NOCASE, 'abc  ' = 'abc' COLLATE RTRIM, 'a' < 'B', 'a' < 'B' COLLATE NOCASE").fetchone())
