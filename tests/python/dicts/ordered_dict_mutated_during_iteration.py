# Changing an OrderedDict's size while one of its iterators (or a view's) runs: CPython's odict
# message; a value update is no change. Iterator types, and iteration that is not disturbed.
from collections import OrderedDict
import pickle, copy
def attempt(label, body):
    od = OrderedDict(a=1, b=2, c=3)
    try:
        body(od)
        print(label, 'ok', od)
    except RuntimeError as e:
        print(label, type(e).__name__, e, e.__context__, e.__cause__)
def add(od):
    for k in od: od['z'] = 0
def delete(od):
    for k in od: del od['c']
def move(od):
    for k in od: od.move_to_end('a')
def update_value(od):
    for k in od: od[k] = 9
def items_add(od):
    for k, v in od.items(): od['q'] = 1
def values_pop(od):
    for v in od.values(): od.popitem()
def rev_add(od):
    for k in reversed(od): od['y'] = 1
for label, body in [('add', add), ('delete', delete), ('update', update_value), ('items', items_add), ('values', values_pop), ('reversed', rev_add)]:
    attempt(label, body)
od = OrderedDict(a=1, b=2, c=3)
it = iter(od); next(it)
print(type(it).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__, list(it), list(reversed(od.items())))
print(sorted(od), list(od), dict(od), [*od.values()], {**od})
print(pickle.loads(pickle.dumps(od)), copy.deepcopy(od), od.copy() == od)
class Sub(OrderedDict):
    pass
print(list(Sub(x=1, y=2)), Sub(x=1) == OrderedDict(x=1))
it = iter(OrderedDict(a=1, b=2, c=3))
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))  # pickling leaves the iterator where it was
