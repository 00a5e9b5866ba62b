# a, b = x, y with local targets: values evaluated left to right, then stored left to right (swaps,
# repeated names, a failing value leaving later names unbound), and the shapes that still unpack.
def f():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    x, y, z = a, b, a + b
    x, x = 5, 6
    print(x, y, z)
    class P: pass
    p = P(); p.x = 1.5; p.y = 2.5
    px, py = p.x, p.y
    print(px, py)
    try:
        u, v = 1, undefined_name
    except NameError as e:
        print("NameError", e)
    print(u if 'u' in dir() else "u unbound")
    i, j = (k * 2 for k in range(2))
    print(i, j)
    m, n = [1, 2]
    print(m, n)
f()
a, b = 3, 4
print(a, b)
