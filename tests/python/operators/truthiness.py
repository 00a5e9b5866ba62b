class Empty:
    def __len__(self): return 0
class Falsy:
    def __bool__(self): return False
values = [0, 1, -1, 0.0, 0.1, 0j, "", "0", [], [0], (), {}, {0: 0}, set(), None, Empty(), Falsy(), range(0), range(1), b"", bytearray(1)]
print([bool(v) for v in values])
if Empty():
    print("no")
else:
    print("empty is falsy")
print(Empty() or "fallback")
