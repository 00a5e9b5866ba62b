xs = [3, 1, 4, 1, 5]
print(xs.index(1), xs.index(1, 2), xs.index(5, -2))
for args in [(9,), (4, 3), (3, 1, 4), ("a",), (1, 4, 5)]:
    try:
        xs.index(*args)
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    xs.remove(42)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    xs.remove("x")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    [].pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    xs.pop(10)
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    xs.pop("0")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    (1, 2).index(3)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    "abc".index("z")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    range(5).index(7)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    xs.insert()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs.append(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs.extend(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs.count()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs + (1,)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs * 2.0
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs.sort(key=len)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    xs.sort(reverse=None)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [].sort(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
xs.insert(-100, "front")
xs.insert(100, "back")
print(xs)
xs.extend(range(2))
xs.extend("ab")
print(xs, xs.count(1), xs.count("zz"))
xs.reverse()
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
ys = xs.copy()
ys.clear()
print(ys, xs == xs[:], xs is not xs.copy())
print([1, 2] * 0, [1, 2] * -1, 2 * [0], [[0] * 2] * 2)
z = [[]] * 3
z[0].append(1)
print(z)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [])
try:
    [1, 2] < [1, "a"]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(0)))
try:
    list(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
l = [1, 2, 3]
l += "ab"
print(l)
l *= 2
print(l)
print(sum([[1], [2, 3]], []), [x for x in l if isinstance(x, int)])
try:
    hash([])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(xs.__len__(), [].__class__, list.__name__)
xs.remove(xs[0])
print(xs)
