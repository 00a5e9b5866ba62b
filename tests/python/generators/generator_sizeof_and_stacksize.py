# sys.getsizeof of a generator counts its frame: one pointer per local, cell, free variable and
# value-stack entry of its code (co_stacksize, what CPython 3.11's bytecode needs).
import sys

nums = [3, 1, 4, 1, 5]
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print("list:", sys.getsizeof(squares_list), "generator:", sys.getsizeof(squares_gen))
print(sys.getsizeof(i for i in range(10 ** 6)), sys.getsizeof(x ** 2 for x in nums if x > 1))
print(sys.getsizeof(str(x) for x in nums), sys.getsizeof((a, b) for a in nums for b in nums))
print(sys.getsizeof(n.bit_length() for n in nums), sys.getsizeof(f"{x:>4}" for x in nums))


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def read_lines(paths):
    for p in paths:
        with open(p) as fh:
            for line in fh:
                yield line.rstrip("\n")


def safe_ints(items):
    for it in items:
        try:
            yield int(it)
        except ValueError as e:
            print("skip", e)


for g in (countdown(3), fib(), read_lines([]), safe_ints([])):
    print(g.__name__, sys.getsizeof(g), g.gi_code.co_stacksize, g.gi_code.co_nlocals)


def scale(k):
    return (x * k for x in nums)


print("closure:", sys.getsizeof(scale(2)), scale(2).gi_code.co_freevars)


def bubble(a):
    for i in range(len(a)):
        for j in range(len(a) - i - 1):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a


def report(rows):
    for name, score in rows:
        print(f"{name:<10}|{score:>6.2f}|{'*' * int(score)}")


for f in (bubble, report, lambda x, y=2: x * y, countdown, fib):
    print(f.__name__, f.__code__.co_stacksize)
