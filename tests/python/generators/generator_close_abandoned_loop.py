# A for loop that abandons a generator it created closes it at once, as CPython's refcounting does.
events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        events.append("exit " + self.name + " " + str(exc[0].__name__ if exc[0] else None))
        return False


def counted(name, n=10):
    events.append("open " + name)
    try:
        for i in range(n):
            yield i
    finally:
        events.append("closed " + name)


def managed(name):
    with Resource(name):
        yield 1
        yield 2


def report(label):
    print(label, events)
    events.clear()


# break
for x in counted("break"):
    if x == 1:
        break
report("break:")

# return from inside the loop
def first_even():
    for x in counted("return"):
        if x % 2 == 0 and x > 0:
            return x
print(first_even())
report("return:")

# an exception leaving the loop: closed before the handler runs
try:
    for x in counted("raise"):
        if x == 2:
            raise ValueError("stop")
except ValueError as e:
    events.append("handled " + str(e))
report("raise:")

# with blocks inside the generator
for v in managed("with"):
    break
report("with:")

# a generator expression written in the for statement
for y in (x * 2 for x in counted("genexp")):
    if y >= 4:
        break
report("genexp:")

# loops inside a generator: closing the outer generator closes the one its loop owns
def outer():
    for x in counted("inner"):
        yield x

for z in outer():
    if z == 1:
        break
report("nested:")

# a generator held by a name is shared: the loop leaves it open and it resumes later
g = counted("named")
for x in g:
    if x == 1:
        break
print(next(g))
report("named:")

# iter(g) hands back a generator that already runs: not the loop's to close
h = counted("iter")
next(h)
for x in iter(h):
    if x == 2:
        break
print(next(h))
report("iter:")

# exhausting the generator closes it normally, and else runs
for x in counted("exhaust", 2):
    pass
else:
    events.append("else")
report("exhaust:")

# an error while closing is reported, not raised, and the loop's outcome stands
def bad_cleanup():
    try:
        yield 1
        yield 2
    finally:
        raise RuntimeError("cleanup failed")

for x in bad_cleanup():
    break
print("after bad cleanup")
