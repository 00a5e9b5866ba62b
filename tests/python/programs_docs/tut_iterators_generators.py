# Tutorial 9.8-9.10: iterators, generators, generator expressions.
for element in [1, 2, 3]:
    print(element, end=' ')
for element in (1, 2, 3):
    print(element, end=' ')
for key in {'one': 1, 'two': 2}:
    print(key, end=' ')
for char in "123":
    print(char, end=' ')
print()
s = 'abc'
it = iter(s)
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]

rev = Reverse('spam')
print(iter(rev) is rev)
for char in rev:
    print(char)

def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]
for char in reverse('golf'):
    print(char)
g = reverse('ab')
print(type(g).__name__, list(g), list(g))

print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(sum(x*y for x,y in zip(xvec, yvec)))
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(set(word for word in words)), max((len(w), w) for w in words))
