import copy

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "Woof"
class Cat(Animal):
    sound = "Meow"
class Lab(Dog):
    def speak(self):
        return super().speak() + " (politely)"
class Collie(Dog):
    pass

class Camera:
    def take(self): return "click"
class MobilePhone:
    def call(self): return "ring"
    def take(self): return "phone photo"
class CameraPhone(Camera, MobilePhone):
    pass

zoo = [Dog("Rex"), Cat("Tom"), Lab("Buddy"), Collie("Lassie")]
for a in zoo:
    print(a.speak())
clones = [copy.copy(a) for a in zoo]
print(clones, [type(c).__name__ for c in clones], [c is a for c, a in zip(clones, zoo)])
cp = CameraPhone()
print(cp.take(), cp.call(), [k.__name__ for k in CameraPhone.__mro__])
print(isinstance(zoo[2], Dog), issubclass(Collie, Animal), Lab.__base__.__name__, Animal.__subclasses__())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
