# gc.collect() counts the objects of the reference cycles a del left unreachable, for classes
# without __del__ too: the classic "two objects pointing at each other" demonstration.
import gc


class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None


print("start:", gc.collect())
alice, bob = Person("alice"), Person("bob")
alice.friend, bob.friend = bob, alice
del alice, bob
print("two friends:", gc.collect())

narcissus = Person("n")
narcissus.friend = narcissus
del narcissus
print("self reference:", gc.collect())


class Tree:
    def __init__(self):
        self.kids = []
        self.up = None


top = Tree()
for _ in range(3):
    kid = Tree()
    kid.up = top
    top.kids.append(kid)
del top, kid
print("tree of four and their lists:", gc.collect())

kept = Person("kept")
kept.friend = kept
print("still named:", gc.collect())
del kept
print("then deleted:", gc.collect(), "and nothing left:", gc.collect())

no_cycle = Person("plain")
del no_cycle
print("no cycle:", gc.collect())
