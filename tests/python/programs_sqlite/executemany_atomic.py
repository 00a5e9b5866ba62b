# A failing statement changes nothing, even halfway through a multi-row INSERT or executemany.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")
try:
    con.execute("INSERT INTO t (v) VALUES ('a'), ('b'), ('a'), ('c')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print("after failed multi-row insert:", con.execute("SELECT * FROM t").fetchall(), con.in_transaction)

try:
    con.executemany("INSERT INTO t (v) VALUES (?)", [("x",), ("y",), ("x",), ("z",)])
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print("rows of the earlier executemany statements stay:", con.execute("SELECT v FROM t").fetchall())
con.rollback()
print("after rollback:", con.execute("SELECT v FROM t").fetchall())

con.executemany("INSERT INTO t (v) VALUES (?)", [("p",), ("q",), ("r",)])
con.commit()
try:
    con.execute("UPDATE t SET v = 'p' WHERE v IN ('q', 'r')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(con.execute("SELECT * FROM t").fetchall())
cur = con.executemany("UPDATE t SET v = v || ? WHERE id = ?", [("1", 1), ("2", 2), ("9", 99)])
print("rowcount of executemany:", cur.rowcount)
print(con.execute("SELECT * FROM t").fetchall())


def generate():
    for i in range(5):
        yield (i * i,)


con.execute("CREATE TABLE sq (n INTEGER)")
print(con.executemany("INSERT INTO sq VALUES (?)", generate()).rowcount)
print(con.execute("SELECT group_concat(n) FROM sq").fetchone())
