import datetime


class Employee:
    raise_pct = 1.04
    num_employees = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.num_employees += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@example.com".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    @fullname.deleter
    def fullname(self):
        print("Delete name!")
        self.first = self.last = None

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)

    @classmethod
    def set_raise_amt(cls, amount):
        cls.raise_pct = amount

    @classmethod
    def from_string(cls, s):
        first, last, pay = s.split("-")
        return cls(first, last, int(pay))

    @staticmethod
    def is_workday(day):
        return day.weekday() < 5

    def __repr__(self):
        return f"Employee('{self.first}', '{self.last}', {self.pay})"

    def __str__(self):
        return f"{self.fullname} - {self.email}"

    def __add__(self, other):
        return self.pay + other.pay

    def __len__(self):
        return len(self.fullname)


class Developer(Employee):
    raise_pct = 1.10

    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang


class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees

    def add(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)

    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname)


e1 = Employee("Corey", "Schafer", 50000)
e2 = Employee.from_string("Jane-Doe-70000")
d1 = Developer("Test", "User", 60000, "Python")
m = Manager("Sue", "Smith", 90000, [d1])
m.add(e1)
m.add(d1)
m.print_emps()
print(e1, repr(e2), e1 + e2, len(e1))
Employee.set_raise_amt(1.05)
for e in (e1, e2, d1, m):
    e.apply_raise()
    print(f"{e.fullname:<12} {type(e).__name__:<10} {e.pay:>8,} {e.raise_pct}")
e1.fullname = "Corey Jones"
print(e1.email)
del e1.fullname
print(e1.first, e1.__dict__)
print(Employee.is_workday(datetime.date(2016, 7, 10)), Employee.is_workday(datetime.date(2016, 7, 11)))
print(Employee.num_employees, d1.num_employees, Manager.__mro__[1], issubclass(Manager, Developer))
print(type(Employee.__dict__["from_string"]).__name__, type(Employee.__dict__["is_workday"]).__name__)
print(type(Employee.fullname).__name__, Employee.fullname.fget.__name__, e2.from_string.__self__)
print(Employee.set_raise_amt, d1.is_workday.__qualname__)
print(vars(d1))
try:
    e2.email = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Employee.from_string("bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    e2.fullname = "OnlyOne"
except ValueError as e:
    print(type(e).__name__, e)
