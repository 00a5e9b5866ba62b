# Common table expressions (WITH) and views.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE emp (name TEXT, dept TEXT, salary INTEGER);
INSERT INTO emp VALUES ('a', 'x', 10), ('b', 'x', 20), ('c', 'y', 30), ('d', 'y', 40), ('e', 'z', 50);
CREATE VIEW dept_totals AS SELECT dept, SUM(salary) AS total, COUNT(*) AS n FROM emp GROUP BY dept;
""")
print(con.execute("SELECT * FROM dept_totals WHERE total > 25").fetchall())
print(con.execute("""WITH big AS (SELECT * FROM emp WHERE salary >= 30)
                     SELECT name FROM big ORDER BY salary DESC""").fetchall())
print(con.execute("""WITH t(d, avg_salary) AS (SELECT dept, AVG(salary) FROM emp GROUP BY dept),
                          top AS (SELECT d FROM t WHERE avg_salary > 20)
                     SELECT e.name, e.dept FROM emp e JOIN top ON top.d = e.dept ORDER BY e.name""").fetchall())
print(con.execute("""SELECT e.name, e.salary, d.total, ROUND(100.0 * e.salary / d.total, 1) AS pct
                     FROM emp e JOIN dept_totals d USING (dept) ORDER BY pct DESC""").fetchall())
cur = con.execute("SELECT * FROM dept_totals")
print([c[0] for c in cur.description])
