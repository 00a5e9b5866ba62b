class Employee:
    raise_pct = 0.03
    def __init__(self, name, salary):
        self.name, self.salary = name, salary
    def pay(self):
        return self.salary / 12
    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_pct))
    def __str__(self):
        return f"{type(self).__name__}({self.name}, {self.salary})"

class Manager(Employee):
    raise_pct = 0.10
    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = reports or []
    def pay(self):
        return super().pay() + 100 * len(self.reports)

class Intern(Employee):
    def pay(self):
        return 1000

staff = [Employee("ann", 60000), Intern("ivy", 0)]
boss = Manager("max", 120000, staff)
for p in staff + [boss]:
    p.give_raise()
    print(p, f"{p.pay():.2f}")
print([type(p).__name__ for p in boss.reports])
print(Manager.raise_pct, Intern.raise_pct, isinstance(boss, Employee))
