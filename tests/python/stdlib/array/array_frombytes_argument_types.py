# array.frombytes() takes any bytes-like object, and names the wrong type otherwise.
from array import array

a = array('h')
a.frombytes(b'\x01\x00')
a.frombytes(bytearray(b'\x02\x00'))
a.frombytes(memoryview(b'\x03\x00'))
a.frombytes(array('b', [4, 0]))
print(a)
for bad in ("ab", 5, [1, 2], None):
    try:
        a.frombytes(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    a.frombytes(b'\x01')
except ValueError as e:
    print("ValueError:", e)
print(a)
