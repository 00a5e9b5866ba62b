# Sorting HOW TO: key functions, operator helpers, stability, decorate-sort-undecorate, cmp_to_key, locale-free.
from operator import itemgetter, attrgetter
from functools import cmp_to_key
print(sorted([5, 2, 3, 1, 4]))
a = [5, 2, 3, 1, 4]
a.sort()
print(a, sorted({1: 'D', 2: 'B', 3: 'B', 4: 'E', 5: 'A'}))
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
student_tuples = [
    ('john', 'A', 15),
    ('jane', 'B', 12),
    ('dave', 'B', 10),
]
print(sorted(student_tuples, key=lambda student: student[2]))
class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))
student_objects = [
    Student('john', 'A', 15),
    Student('jane', 'B', 12),
    Student('dave', 'B', 10),
]
print(sorted(student_objects, key=lambda student: student.age))
print(sorted(student_tuples, key=itemgetter(2)), sorted(student_objects, key=attrgetter('age')))
print(sorted(student_tuples, key=itemgetter(1, 2)), sorted(student_objects, key=attrgetter('grade', 'age')))
print(sorted(student_tuples, key=itemgetter(2), reverse=True), sorted(student_objects, key=attrgetter('age'), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
s = sorted(student_objects, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
def multisort(xs, specs):
    for key, reverse in reversed(specs):
        xs.sort(key=attrgetter(key), reverse=reverse)
    return xs
print(multisort(list(student_objects), (('grade', True), ('age', False))))
decorated = [(student.grade, i, student) for i, student in enumerate(student_objects)]
decorated.sort()
print([student for grade, i, student in decorated])
def reverse_numeric(x, y):
    return y - x
print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(reverse_numeric)))
Student.__lt__ = lambda self, other: self.age < other.age
print(sorted(student_objects), min(student_objects), max(student_objects))
students = ['dave', 'john', 'jane']
newgrades = {'john': 'F', 'jane': 'A', 'dave': 'C'}
print(sorted(students, key=newgrades.__getitem__))
print(sorted(['B', 'a', 'C', 'b'], key=lambda s: (s.lower(), s)), sorted([3, 1, 2], reverse=True), sorted('bca'))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([0.5, -1, 3, True]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
