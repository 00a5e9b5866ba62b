# Connections belong to the thread that made them unless check_same_thread=False.
import sqlite3
import threading

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (n INTEGER)")
errors = []


def use(connection):
    try:
        connection.execute("INSERT INTO t VALUES (1)")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).split(".")[0])


worker = threading.Thread(target=use, args=(con,))
worker.start()
worker.join()
print(errors)

shared = sqlite3.connect(":memory:", check_same_thread=False)
shared.execute("CREATE TABLE t (n INTEGER)")
lock = threading.Lock()


def add(k):
    for i in range(20):
        with lock:
            shared.execute("INSERT INTO t VALUES (?)", (k * 100 + i,))


threads = [threading.Thread(target=add, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.execute("SELECT COUNT(*), SUM(n), MIN(n), MAX(n) FROM t").fetchone())
