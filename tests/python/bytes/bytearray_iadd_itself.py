# In CPython 3.11, b += b on a bytearray fails with BufferError (the operand's
# buffer is held while b grows); every other way of growing b from itself works.
b = bytearray(b"ab")
try:
    b += b
except BufferError as e:
    print("BufferError:", e)
print(b)

b.extend(b)
print(b)
b[len(b):] = b
print(b)
b *= 2
print(len(b), b[:6])
c = bytearray(b"xy")
c[:1] = c
print(c)
c += bytearray(c)
print(c)
c += memoryview(b"!")
print(c)
d = c + c
print(d)
