a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(2 in a, 3 not in a, "ell" in "hello", "z" in "hello")
print(1 in {1: "x"}, "x" in {1: "x"}, 3 in range(5), 5 in range(5))
print(None is None, [] is [], () == ())
print(b"el" in b"hello", 101 in b"hello")
