# sys.setprofile: 'call'/'return' for Python frames (comprehensions, generators resumed one value at
# a time, methods, properties, lambdas called by a built-in), 'c_call'/'c_return'/'c_exception'
# for built-in functions and methods with the callable as arg, the return value (None when an
# exception leaves the frame), co_firstlineno at a decorator, getprofile, and a hook that removes itself.
import functools
import sys

events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, frame.f_code.co_name, getattr(arg, "__qualname__", arg.__name__)))
    elif event == "call":
        events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    else:
        events.append((event, frame.f_code.co_name, arg))


def traced(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


class Point:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


@traced
def square(x):
    return x * x


def numbers(n):
    for i in range(n):
        yield i


def fails():
    raise ValueError("no")


def main():
    squares = [square(i) for i in range(2)]
    squares.append(len(squares))
    total = sum(numbers(3))
    p = Point(4)
    d = p.double
    order = sorted([3, 1], key=lambda v: -v)
    try:
        fails()
    except ValueError:
        pass
    try:
        int("x")
    except ValueError:
        pass
    "a b".split()
    return total + d


sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile(), square.__wrapped__.__code__.co_firstlineno - traced.__code__.co_firstlineno)


def once(frame, event, arg):
    print("hook sees itself:", sys.getprofile() is once, event, frame.f_code.co_name)
    sys.setprofile(None)


sys.setprofile(once)
square(3)
print(sys.getprofile())
