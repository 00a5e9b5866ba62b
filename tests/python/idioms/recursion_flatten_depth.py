def flatten(seq):
    out = []
    for x in seq:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

def max_depth(seq):
    if not isinstance(seq, (list, tuple)):
        return 0
    return 1 + max((max_depth(x) for x in seq), default=0)

def count_leaves(seq):
    return sum(count_leaves(x) if isinstance(x, list) else 1 for x in seq)

nested = [1, [2, [3, [4, (5, 6)]]], [], [[7]], "str"]
print(flatten(nested))
print(max_depth(nested), max_depth([]), max_depth(5))
print(count_leaves([1, [2, 3], [[4]]]))
def sum_nested(x):
    return sum(map(sum_nested, x)) if isinstance(x, list) else x
print(sum_nested([1, [2, [3, [4]]]]))
import sys
deep = []
cur = deep
for _ in range(150):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(max_depth(deep))
