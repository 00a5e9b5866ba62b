# array(typecode, other_array) converts item by item when the typecodes differ;
# only extend() and += insist on the same typecode.
from array import array

small = array('b', [-3, 0, 7])
print(array('h', small))
print(array('d', small))
print(array('q', array('I', [1, 2, 4000000000])))
print(array('f', array('d', [0.5, 1.25])))

# Values are checked against the new typecode as they are copied.
for code in ('B', 'b'):
    try:
        print(array(code, array('i', [1, -1, 300])))
    except OverflowError as e:
        print(code, "OverflowError:", e)

# Floats do not become ints.
try:
    array('i', array('d', [1.0]))
except TypeError as e:
    print("TypeError:", e)

# A unicode array cannot seed a numeric one, nor a numeric one a unicode one.
try:
    array('i', array('u', 'ab'))
except TypeError as e:
    print("TypeError:", e)
try:
    array('u', array('i', [65]))
except TypeError as e:
    print("TypeError:", e)

# The same typecode copies, and the copy is independent.
src = array('l', [5, 6])
dup = array('l', src)
dup[0] = 50
print(src, dup)

# extend() and += still want the same kind.
a = array('h', [1])
for op in (lambda: a.extend(array('i', [2])), lambda: a.__iadd__(array('i', [2]))):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(a)
