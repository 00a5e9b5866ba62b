class Employee:
    raise_pct = 0.03
    def __init__(self, name, salary, manager=None):
        self.name, self.salary, self.manager = name, salary, manager
        self.reports = []
        if manager:
            manager.reports.append(self)
    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_pct))
    def chain(self):
        e, out = self, []
        while e:
            out.append(e.name)
            e = e.manager
        return " <- ".join(out)
    def team_cost(self):
        return self.salary + sum(r.team_cost() for r in self.reports)
    def __str__(self):
        return f"{self.name} ({type(self).__name__}, {self.salary})"
class Manager(Employee):
    raise_pct = 0.05
class Engineer(Employee):
    def __init__(self, name, salary, manager=None, language="python"):
        super().__init__(name, salary, manager)
        self.language = language
    def __str__(self):
        return super().__str__()[:-1] + f", {self.language})"
ceo = Manager("Grace", 300000)
cto = Manager("Linus", 220000, ceo)
e1 = Engineer("Ada", 150000, cto)
e2 = Engineer("Alan", 140000, cto, "java")
cfo = Manager("Warren", 210000, ceo)
acct = Employee("Bob", 90000, cfo)
def show(e, depth=0):
    print("  " * depth + str(e))
    for r in e.reports:
        show(r, depth + 1)
show(ceo)
print(e2.chain())
print(ceo.team_cost(), cto.team_cost())
for e in [ceo, cto, e1, e2, cfo, acct]:
    e.give_raise()
show(ceo)
print(sorted((e.salary, e.name) for e in [ceo, cto, e1, e2, cfo, acct])[:3])
print(isinstance(cto, Employee), Engineer.__mro__[1].__name__, Manager.raise_pct, Engineer.raise_pct)
