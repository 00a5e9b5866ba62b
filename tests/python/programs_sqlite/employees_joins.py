# Employees and departments: joins, GROUP BY, HAVING, aggregates.
import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    name TEXT,
    salary REAL,
    dept_id INTEGER REFERENCES departments(id),
    manager_id INTEGER
);
INSERT INTO departments (name) VALUES ('Engineering'), ('Sales'), ('Support'), ('Legal');
INSERT INTO employees VALUES
    (1, 'Ada', 120000, 1, NULL),
    (2, 'Grace', 110000, 1, 1),
    (3, 'Linus', 95000, 1, 1),
    (4, 'Mary', 70000, 2, NULL),
    (5, 'Tom', 65000, 2, 4),
    (6, 'Sue', 50000, 3, NULL),
    (7, 'Nobody', 40000, NULL, NULL);
""")

print("-- inner join")
for row in db.execute("""SELECT e.name, d.name FROM employees e JOIN departments d ON e.dept_id = d.id
                         ORDER BY d.name, e.name"""):
    print(row)

print("-- left join keeps employees without a department")
for row in db.execute("""SELECT e.name, d.name AS dept FROM employees e LEFT JOIN departments d
                         ON d.id = e.dept_id WHERE d.name IS NULL OR d.name = 'Support'"""):
    print(row)

print("-- departments with head count and payroll")
query = """
SELECT d.name, COUNT(e.id) AS staff, SUM(e.salary) AS payroll, ROUND(AVG(e.salary), 2) AS average
FROM departments d LEFT JOIN employees e ON e.dept_id = d.id
GROUP BY d.name
ORDER BY staff DESC, d.name
"""
cur = db.execute(query)
print([col[0] for col in cur.description])
for row in cur:
    print(row)

print("-- having")
print(db.execute("""SELECT dept_id, COUNT(*) FROM employees GROUP BY dept_id HAVING COUNT(*) >= 2""").fetchall())

print("-- self join: who reports to whom")
for row in db.execute("""SELECT w.name, m.name FROM employees w JOIN employees m ON w.manager_id = m.id
                         ORDER BY m.name, w.name"""):
    print("%s reports to %s" % row)

print("-- highest paid per department")
print(db.execute("""SELECT dept_id, name, MAX(salary) FROM employees WHERE dept_id IS NOT NULL
                    GROUP BY dept_id""").fetchall())
print("-- above average")
print(db.execute("""SELECT name FROM employees WHERE salary > (SELECT AVG(salary) FROM employees)
                    ORDER BY salary DESC""").fetchall())
