# Case order matters with class hierarchies; isinstance is what a class pattern checks.
class Animal:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Dog(Animal):
    __match_args__ = ("name", "breed")

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed


class Cat(Animal):
    pass


def describe(a):
    match a:
        case Dog(name, "poodle"):
            return f"{name} is a fancy dog"
        case Dog(name, breed):
            return f"{name} is a {breed}"
        case Cat("Tom"):
            return "the famous cat"
        case Animal(name):
            return f"some animal called {name}"


for a in [Dog("Rex", "poodle"), Dog("Fido", "beagle"), Cat("Tom"), Cat("Felix"), Animal("Nemo")]:
    print(describe(a))

# a class pattern accepts any type, including a tuple-free union via or-patterns
match 3.5:
    case int() | float() as n:
        print("number", n)

IntOrStr = int | str
try:
    match 1:
        case IntOrStr():
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    compile("match 1:\n    case (int | str)():\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)


class NS:
    u = int | str


try:
    match 1:
        case NS.u():
            pass
except TypeError as e:
    print("TypeError:", e)

import typing
try:
    match []:
        case typing.List():
            pass
except TypeError as e:
    print("TypeError:", e)
