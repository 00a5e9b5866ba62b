from operator import itemgetter, attrgetter

students = [("john", "A", 15), ("jane", "B", 12), ("dave", "B", 10), ("amy", "A", 12), ("bob", "C", 15)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (-s[2], s[0])))
s = sorted(students, key=itemgetter(0))
s.sort(key=itemgetter(1), reverse=True)
print(s)
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))
objs = [Student(*t) for t in students]
print(sorted(objs, key=attrgetter("age")))
print(sorted(objs, key=attrgetter("grade", "age"), reverse=True))
data = [("red", 1), ("blue", 1), ("red", 2), ("blue", 2)]
print(sorted(data, key=itemgetter(0)))
print(sorted(data, key=itemgetter(0), reverse=True))
print(sorted("This is a test string from Andrew".split(), key=str.lower))
print(sorted("This is a test string from Andrew".split()))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("bca"), sorted((2, 1)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=itemgetter(1)))
print(sorted([-5, 3, -1, 4], key=abs))
print(sorted([1.5, 1, True, 0, False, -0.5]))
try:
    sorted([1, "a", 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [3, None, 1].sort()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    sorted([1, 2], key=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    sorted([1], lambda x: x)
except TypeError as ex:
    print(type(ex).__name__, ex)
a = [5, 2, 9]
print(a.sort(), a)
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1]]))
print(sorted([(1, 2), (1,), (0, 5, 5)]))
print(min(students, key=itemgetter(2)), max(students, key=itemgetter(2)))
print(max([], default="none"), min([4, 2, 8]), max("hello"), min(3, 1, 2, key=lambda v: -v))
try:
    max([])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    min()
except TypeError as ex:
    print(type(ex).__name__, ex)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len))
nums = [10, 2, 33, 4, 25]
print(sorted(nums, key=str))
print(sorted(map(str, nums)))
print(list(reversed(sorted(nums))))
ig = itemgetter(1)
print(ig, itemgetter(0, 2), attrgetter("a.b"))
