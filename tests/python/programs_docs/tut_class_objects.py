# Tutorial 9.3: class definition, instance objects, method objects, class and instance variables.
class MyClass:
    """A simple example class"""
    i = 12345

    def f(self):
        return 'hello world'

print(MyClass.i, MyClass.f.__name__, MyClass.__doc__)
x = MyClass()
print(x.f(), MyClass.f(x))
xf = x.f
print(xf(), xf.__self__ is x, xf.__func__ is MyClass.f)

class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart

x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
print(sorted(vars(x)))

class Dog:
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks, e.tricks)

class BadDog:
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
d = BadDog('Fido')
e = BadDog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks, d.tricks is e.tricks)

class Warehouse:
    purpose = 'storage'
    region = 'west'
w1 = Warehouse()
print(w1.purpose, w1.region)
w2 = Warehouse()
w2.region = 'east'
print(w2.purpose, w2.region, Warehouse.region)

def f1(self, x, y):
    return min(x, x+y)
class C:
    f = f1
    def g(self):
        return 'hello world'
    h = g
print(C().f(3, -5), C().h(), C.h is C.g)

class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)
b = Bag()
b.add(1)
b.addtwice(2)
print(b.data, type(b).__name__, b.__class__ is Bag)
