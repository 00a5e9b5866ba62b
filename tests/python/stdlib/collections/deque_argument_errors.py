# deque methods called with the wrong arguments: insert and index still parse as PyArg_ParseTuple
# does ("insert() takes exactly 2 arguments (1 given)"), keyword errors name the type.
from collections import deque
d=deque([1])
for e in ['d.insert(0)', 'd.insert()', 'd.insert(1,2,3)', 'd.insert(x=1)', 'd.rotate(1,2)', 'd.index()', 'd.index(1,2,3,4)', 'd.count()', 'd.remove()', 'd.extend()', 'd.append()', 'd.append(1,2)', 'd.pop(1)']:
  try: eval(e)
  except TypeError as ex: print(e, ex)
for e in ['d.index(x=1)', 'd.rotate(x=1)', 'd.insert(1, x=2)']:
    try:
        eval(e)
    except TypeError as ex:
        print(e, ex)
d.insert(0, 0)
print(d, d.index(1), d.index(1, 0, 2))
d = deque([1, 2, 3])
for args in [(2, "a"), (2, 0, 2.5), (2, -100), (3, 0, 2 ** 70), (2, -2 ** 70)]:
    try:
        print("index", args, d.index(*args))
    except (TypeError, ValueError) as e:
        print("index", args, type(e).__name__, e)
for op in [lambda: d.insert(2 ** 70, 0), lambda: d.rotate(2 ** 70), lambda: d.rotate(-2 ** 70), lambda: d.insert("x", 1)]:
    try:
        op()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(d)
