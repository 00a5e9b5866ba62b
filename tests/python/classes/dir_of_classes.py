class Base:
    a = 1
    def m(self): pass
class Child(Base):
    b = 2
    def __init__(self):
        self.c = 3
names = [n for n in dir(Child()) if not n.startswith("__")]
print(names)
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(Child), "__class__" in dir(Child()))
print(dir(Child) == sorted(dir(Child)))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
