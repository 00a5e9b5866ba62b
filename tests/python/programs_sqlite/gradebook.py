# A gradebook: students, courses and grades, with reports.
import sqlite3

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.executescript("""
CREATE TABLE student (id INTEGER PRIMARY KEY, name TEXT NOT NULL, year INTEGER);
CREATE TABLE course (code TEXT PRIMARY KEY, title TEXT, credits INTEGER);
CREATE TABLE grade (student_id INTEGER, course_code TEXT, score REAL,
                    PRIMARY KEY (student_id, course_code));
""")
db.executemany("INSERT INTO student (name, year) VALUES (?, ?)",
               [("Alice", 1), ("Bilal", 2), ("Chen", 1), ("Dana", 3)])
db.executemany("INSERT INTO course VALUES (?, ?, ?)",
               [("CS101", "Programming", 5), ("MA101", "Calculus", 5), ("PH101", "Physics", 4)])
scores = {("Alice", "CS101"): 91, ("Alice", "MA101"): 78.5, ("Bilal", "CS101"): 64, ("Bilal", "PH101"): 88,
          ("Chen", "MA101"): 95, ("Chen", "PH101"): 59.5, ("Chen", "CS101"): 82}
for (name, code), score in sorted(scores.items()):
    sid = db.execute("SELECT id FROM student WHERE name = ?", (name,)).fetchone()["id"]
    db.execute("INSERT INTO grade VALUES (?, ?, ?)", (sid, code, score))
db.commit()
try:
    db.execute("INSERT INTO grade VALUES (1, 'CS101', 50)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)

print("== report card")
for r in db.execute("""SELECT s.name, c.title, g.score,
                              CASE WHEN g.score >= 90 THEN 'A' WHEN g.score >= 80 THEN 'B'
                                   WHEN g.score >= 70 THEN 'C' WHEN g.score >= 60 THEN 'D' ELSE 'F' END AS letter
                       FROM grade g JOIN student s ON s.id = g.student_id JOIN course c ON c.code = g.course_code
                       ORDER BY s.name, c.title"""):
    print("%-6s %-12s %5.1f %s" % (r["name"], r["title"], r["score"], r["letter"]))

print("== averages")
for r in db.execute("""SELECT s.name, COUNT(g.score) AS n, ROUND(AVG(g.score), 2) AS avg,
                              SUM(c.credits) AS credits
                       FROM student s LEFT JOIN grade g ON g.student_id = s.id
                       LEFT JOIN course c ON c.code = g.course_code
                       GROUP BY s.id ORDER BY avg DESC"""):
    print(dict(zip(r.keys(), tuple(r))))

print("== best per course")
for r in db.execute("""SELECT c.code, s.name, MAX(g.score) AS best FROM grade g
                       JOIN course c ON c.code = g.course_code JOIN student s ON s.id = g.student_id
                       GROUP BY c.code"""):
    print(tuple(r))
print("== students with no grades:",
      [r[0] for r in db.execute("SELECT name FROM student WHERE id NOT IN (SELECT student_id FROM grade)")])
