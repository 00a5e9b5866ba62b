class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, who):
        return "hello " + who
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def greet(self, who):
        return super().greet(who).upper()
    @classmethod
    def make(cls):
        return "child of " + super().make()
class Grand(Child):
    def greet(self, who):
        return super(Child, self).greet(who) + "?"
c = Child()
print(c.log, c.greet("x"), Child.make())
print(Grand().greet("g"))
print(super(Child, c).greet("y"))
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L()
l.append(5)
print(l)
