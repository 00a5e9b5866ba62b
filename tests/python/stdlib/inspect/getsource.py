import inspect


def decorator(f):
    return f


@decorator
def decorated(a,
              b=2):
    """Adds."""
    # a comment inside
    return a + b


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        return 0

    class Inner:
        def deep(self):
            return 'deep'


def one_liner(): return 1


square = lambda x: x * x

print(inspect.getsource(decorated), end='')
print('---')
print(inspect.getsource(Shape.area), end='')
print('---')
print(inspect.getsource(Shape), end='')
print('---')
print(inspect.getsource(Shape.Inner.deep), end='')
print('---')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(square), end='')
lines, start = inspect.getsourcelines(Shape.area)
print(start, len(lines))
print(inspect.getsourcelines(decorated)[1])
for obj in (len, 5):
    try:
        inspect.getsource(obj)
    except TypeError as e:
        print('TypeError:', e)
print(inspect.getfile(decorated) == __file__)
