# create_function and create_aggregate: Python code called from SQL.
import math
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE points (label TEXT, x REAL, y REAL)")
con.executemany("INSERT INTO points VALUES (?, ?, ?)", [("a", 0, 0), ("b", 3, 4), ("c", -1, 1), ("d", 6, 8)])

con.create_function("dist", 2, lambda x, y: math.hypot(x, y))
con.create_function("shout", 1, lambda s: None if s is None else s.upper() + "!")
con.create_function("anyargs", -1, lambda *args: len(args))
con.create_function("fail", 0, lambda: 1 / 0)
con.create_function("flag", 1, lambda v: v > 2)

print(con.execute("SELECT label, dist(x, y), shout(label) FROM points ORDER BY dist(x, y) DESC").fetchall())
print(con.execute("SELECT anyargs(), anyargs(1), anyargs(1, 2, 3), flag(3), typeof(flag(1))").fetchone())
try:
    con.execute("SELECT fail()").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELECT dist(1)").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)


class Variance:
    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        n = len(self.values)
        if n < 2:
            return None
        mean = sum(self.values) / n
        return sum((v - mean) ** 2 for v in self.values) / (n - 1)


class Joiner:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return self.sep.join(self.parts) if self.parts else ""


class Broken:
    def step(self, value):
        raise ValueError("nope")

    def finalize(self):
        return 0


con.create_aggregate("variance", 1, Variance)
con.create_aggregate("joinwith", 2, Joiner)
con.create_aggregate("broken", 1, Broken)
print(con.execute("SELECT variance(x), variance(y), joinwith(label, '-') FROM points").fetchone())
print(con.execute("SELECT x > 0 AS positive, variance(y), joinwith(label, ',') FROM points GROUP BY positive").fetchall())
try:
    con.execute("SELECT broken(x) FROM points").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
