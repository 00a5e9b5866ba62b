class Allocator:
    def __init__(self, size, strategy="first"):
        self.size = size
        self.strategy = strategy
        self.free = [(0, size)]
        self.used = {}
        self.next_id = 1

    def malloc(self, n):
        candidates = [(i, blk) for i, blk in enumerate(self.free) if blk[1] >= n]
        if not candidates:
            raise MemoryError(f"cannot allocate {n} bytes (largest free {max((b[1] for b in self.free), default=0)})")
        if self.strategy == "best":
            i, (start, length) = min(candidates, key=lambda c: (c[1][1], c[1][0]))
        elif self.strategy == "worst":
            i, (start, length) = max(candidates, key=lambda c: (c[1][1], -c[1][0]))
        else:
            i, (start, length) = candidates[0]
        if length == n:
            self.free.pop(i)
        else:
            self.free[i] = (start + n, length - n)
        handle = self.next_id
        self.next_id += 1
        self.used[handle] = (start, n)
        return handle

    def release(self, handle):
        start, n = self.used.pop(handle)
        self.free.append((start, n))
        self.free.sort()
        merged = []
        for s, l in self.free:
            if merged and merged[-1][0] + merged[-1][1] == s:
                merged[-1] = (merged[-1][0], merged[-1][1] + l)
            else:
                merged.append((s, l))
        self.free = merged

    def picture(self, scale=4):
        cells = ["."] * (self.size // scale)
        for h, (s, n) in self.used.items():
            for k in range(s // scale, (s + n) // scale):
                cells[k] = "0123456789abcdefghijklmnopqrstuvwxyz"[h % 36]
        return "".join(cells)

ops = [("a", 40), ("a", 20), ("a", 60), ("f", 2), ("a", 12), ("a", 8), ("f", 1), ("a", 30), ("f", 4), ("a", 100), ("a", 16)]
for strategy in ("first", "best", "worst"):
    mem = Allocator(200, strategy)
    print(f"== {strategy} fit")
    for op, arg in ops:
        try:
            if op == "a":
                h = mem.malloc(arg)
                note = f"malloc({arg}) -> #{h}"
            else:
                mem.release(arg)
                note = f"free(#{arg})"
        except (MemoryError, KeyError) as e:
            note = f"{type(e).__name__}: {e}"
        print(f"  {note:<48} {mem.picture()}")
    print("  free list:", mem.free)
