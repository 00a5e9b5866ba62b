# Window functions: ranking, running totals, partitions, lag/lead and frames.
import sqlite3
con = sqlite3.connect(":memory:")
con.executescript("""CREATE TABLE emp (name TEXT, dept TEXT, salary INTEGER);
INSERT INTO emp VALUES ('ann', 'eng', 120), ('bob', 'eng', 100), ('cid', 'eng', 100), ('dee', 'ops', 90),
('eve', 'ops', 70), ('fay', 'hr', 60), ('gus', 'eng', 80);""")
for q in ["SELECT name, salary, row_number() OVER (ORDER BY salary DESC) FROM emp",
          "SELECT name, dept, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r, dense_rank() OVER (PARTITION BY dept ORDER BY salary DESC) FROM emp ORDER BY dept, r, name",
          "SELECT name, salary, SUM(salary) OVER (ORDER BY salary) AS running FROM emp ORDER BY salary, name",
          "SELECT name, dept, salary, SUM(salary) OVER (PARTITION BY dept) AS dept_total, ROUND(100.0 * salary / SUM(salary) OVER (PARTITION BY dept), 1) FROM emp ORDER BY dept, name",
          "SELECT name, salary, lag(salary) OVER (ORDER BY salary), lead(salary, 1, -1) OVER (ORDER BY salary) FROM emp ORDER BY salary, name",
          "SELECT name, AVG(salary) OVER (ORDER BY name ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM emp ORDER BY name",
          "SELECT name, first_value(name) OVER (PARTITION BY dept ORDER BY salary), last_value(name) OVER (PARTITION BY dept ORDER BY salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM emp ORDER BY name",
          "SELECT name, ntile(3) OVER (ORDER BY salary DESC, name), percent_rank() OVER (ORDER BY salary), cume_dist() OVER (ORDER BY salary) FROM emp ORDER BY name",
          "SELECT dept, SUM(salary), RANK() OVER (ORDER BY SUM(salary) DESC) FROM emp GROUP BY dept ORDER BY 3",
          "SELECT name, COUNT(*) OVER () FROM emp ORDER BY name LIMIT 2",
          "SELECT name, row_number() OVER (PARTITION BY dept ORDER BY name) FROM emp",
          "SELECT * FROM (SELECT name, dept, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC) AS rn FROM emp) WHERE rn = 1 ORDER BY dept",
          "SELECT name FROM emp WHERE row_number() OVER () > 1",
          "SELECT group_concat(name, '/') OVER (ORDER BY name ROWS 2 PRECEDING) FROM emp ORDER BY name",
          ]:
    try:
        print(con.execute(q).fetchall())
    except sqlite3.Error as e:
        print(type(e).__name__, e)
