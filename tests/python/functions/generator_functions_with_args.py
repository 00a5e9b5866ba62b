def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value
print(list(repeat("x", 3)))
r = repeat(7)
print([next(r) for _ in range(4)])
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 4)), list(chunks("abcdefg", 3)))
def window(seq, n=2):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(window([1, 2, 3, 4, 5], 3)))
