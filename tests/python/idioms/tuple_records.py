employees = [
    ("Ann", "Engineering", 120000),
    ("Bob", "Sales", 70000),
    ("Cid", "Engineering", 95000),
    ("Dee", "Sales", 82000),
]
for name, dept, salary in employees:
    print(f"{name:<5}{dept:<13}{salary:>8,}")
by_dept = {}
for name, dept, salary in employees:
    by_dept.setdefault(dept, []).append(salary)
for dept, salaries in sorted(by_dept.items()):
    print(dept, sum(salaries) // len(salaries))
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], len(t), t.index(3), t.count(2))
print((1,), (), tuple("ab"), (1, 2) < (1, 3))
single = 5,
print(single, type(single).__name__)
try:
    t[0] = 9
except TypeError as e:
    print(e)
print(sorted(employees, key=lambda e: e[2])[0][0])
