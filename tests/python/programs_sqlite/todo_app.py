# A to-do list application backed by sqlite3, with a small class around the connection.
import sqlite3


class TodoList:
    def __init__(self):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("""CREATE TABLE IF NOT EXISTS tasks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
            done INTEGER NOT NULL DEFAULT 0
        )""")

    def add(self, title, priority=2):
        with self.conn:
            cur = self.conn.execute("INSERT INTO tasks (title, priority) VALUES (?, ?)", (title, priority))
        return cur.lastrowid

    def complete(self, task_id):
        with self.conn:
            cur = self.conn.execute("UPDATE tasks SET done = 1 WHERE id = ?", (task_id,))
        return cur.rowcount == 1

    def remove(self, task_id):
        with self.conn:
            self.conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))

    def pending(self):
        return self.conn.execute(
            "SELECT id, title, priority FROM tasks WHERE done = 0 ORDER BY priority, id").fetchall()

    def summary(self):
        return self.conn.execute(
            "SELECT COUNT(*), SUM(done), COUNT(*) - SUM(done) FROM tasks").fetchone()


todo = TodoList()
for title, prio in [("write report", 1), ("buy milk", 3), ("call mom", 2), ("fix bike", 2)]:
    print("added", todo.add(title, prio), title)
print(todo.pending())
print("complete 3:", todo.complete(3))
print("complete 99:", todo.complete(99))
todo.remove(2)
print("new id after delete:", todo.add("water plants"))
for task in todo.pending():
    print("  [%d] %-15s p%d" % task)
print("summary:", todo.summary())
try:
    todo.add("impossible", 7)
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e)
try:
    todo.add(None)
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e)
print("summary:", todo.summary())
