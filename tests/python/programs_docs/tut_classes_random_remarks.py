# Tutorial 9.4 and 9.9-9.10 odds and ends: data attributes override methods, methods calling methods, class attributes via self, generators as iterators.
class Widget:
    size = 10
    def size_fn(self):
        return 'method'
w = Widget()
w.size = 20
print(w.size, Widget.size, type(w).size)
w.size_fn = lambda: 'instance attribute shadows'
print(w.size_fn(), Widget.size_fn(w))
class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)
b = Bag()
b.addtwice('x')
print(b.data)
print(isinstance(b, Bag), isinstance(b, object), issubclass(Bag, object), Bag.__mro__, type(Bag), type(type))
class Counter:
    def __init__(self, low, high):
        self.current = low
        self.high = high
    def __iter__(self):
        return self
    def __next__(self):
        if self.current > self.high:
            raise StopIteration
        self.current += 1
        return self.current - 1
c = Counter(3, 6)
print(list(c), list(c))
def countdown(n):
    print('starting countdown')
    while n > 0:
        yield n
        n -= 1
    print('done')
g = countdown(3)
print('created generator')
for v in g:
    print(v)
print(sum(x * x for x in range(10) if x % 2), max(len(w) for w in 'a bb ccc'.split()), dict((c, ord(c)) for c in 'ab'))
unique_words = set(word for line in ['a b', 'b c'] for word in line.split())
print(sorted(unique_words))
data = 'golf'
print(list(data[i] for i in range(len(data) - 1, -1, -1)))
class Employee:
    pass
john = Employee()
john.name = 'John Doe'
john.dept = 'computer lab'
john.salary = 1000
print(vars(john))
def f():
    pass
print(f.__name__, f.__doc__, type(f).__name__, [].append.__self__, [].append.__name__)
m = [].append
print(m.__func__ if hasattr(m, '__func__') else 'builtin method has no __func__', m.__self__)
class Shadow:
    def __init__(self):
        self.method = 'now a string'
    def method(self):
        return 'unreachable through the instance'
s = Shadow()
print(s.method, Shadow.method(s))
