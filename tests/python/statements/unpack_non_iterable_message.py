# Unpacking something neither iterable nor a sequence: "cannot unpack non-iterable X object".
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
def u1(): a, b = 5
def u2(): a, *b = None
def u3(): [a, b] = 3.5
def u4():
    for x, y in [1, 2]: pass
def u5():
    class G:
        def __getitem__(self, i):
            if i > 1: raise IndexError
            return i
    a, b = G(); return a, b
def u6():
    class I:
        def __iter__(self): return 5
    a, b = I()
def u7(): a, b = {1: 2, 3: 4}; return a, b
def u8(): (a, b), c = (1, 2), 3; return a, b, c
def u9(): (a, b), c = 1, 3
t(1, u1); t(2, u2); t(3, u3); t(4, u4); t(5, u5); t(6, u6); t(7, u7); t(8, u8); t(9, u9)
t(10, lambda: [(a, b) for a, b in [1]])
