import random
for s in ("hello", "", "héllo wörld", b"abc", bytearray(b"xyz"), b""):
    random.seed(s)
    print(repr(s), random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(3.25)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
