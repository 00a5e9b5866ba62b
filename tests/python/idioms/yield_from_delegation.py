def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(3)
    yield ("results", r1, r2)

print(list(outer()))

def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
