class Employee:
    def __init__(self, eid, name, rate, exempt=False):
        self.eid, self.name, self.rate, self.exempt = eid, name, rate, exempt
        self.hours = []

    def log(self, day, hours):
        if not 0 <= hours <= 24:
            raise ValueError(f"{self.name}: impossible hours {hours} on {day}")
        self.hours.append((day, hours))

    def gross(self):
        total = sum(h for _, h in self.hours)
        if self.exempt:
            return self.rate * 40, total, 0
        regular = min(total, 40)
        overtime = max(0, total - 40)
        weekend = sum(h for d, h in self.hours if d in ("Sat", "Sun"))
        pay = regular * self.rate + overtime * self.rate * 1.5 + weekend * self.rate * 0.25
        return pay, total, overtime

staff = {1: Employee(1, "Ava", 22.0), 2: Employee(2, "Ben", 18.5),
         3: Employee(3, "Cal", 35.0, exempt=True), 4: Employee(4, "Dot", 25.0)}
timesheet = """1 Mon 8
1 Tue 9
1 Wed 10
1 Thu 9
1 Fri 8
2 Mon 4
2 Sat 8
2 Sun 6
3 Mon 12
3 Tue 12
4 Mon 8
4 Tue 26
5 Wed 8
4 Wed 8.5"""
for line in timesheet.splitlines():
    eid, day, hours = line.split()
    emp = staff.get(int(eid))
    if emp is None:
        print("unknown employee", eid)
        continue
    try:
        emp.log(day, float(hours))
    except ValueError as e:
        print("rejected:", e)

print(f"{'name':<5}{'hours':>7}{'OT':>6}{'gross':>10}{'tax':>9}{'net':>10}")
payroll = 0
for emp in staff.values():
    pay, total, ot = emp.gross()
    tax = pay * (0.22 if pay > 1000 else 0.15)
    payroll += pay
    print(f"{emp.name:<5}{total:>7.1f}{ot:>6.1f}{pay:>10.2f}{tax:>9.2f}{pay - tax:>10.2f}")
print(f"total payroll: {payroll:,.2f}")
