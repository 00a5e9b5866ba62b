from operator import attrgetter
class P:
    def __init__(self, name, age, parent=None):
        self.name, self.age, self.parent = name, age, parent
ann = P('Ann', 40)
bob = P('Bob', 12, ann)
print(attrgetter('name')(bob), attrgetter('name', 'age')(bob), attrgetter('parent.name')(bob))
print(repr(attrgetter('name')), repr(attrgetter('parent.name', 'age')))
print([p.name for p in sorted([ann, bob], key=attrgetter('age'))])
try:
    attrgetter('missing')(ann)
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
