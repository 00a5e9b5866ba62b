moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for disk, s, d in moves:
    print(f"move disk {disk} from {s} to {d}")
print(len(moves))
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[-1])

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(["".join(p) for p in permutations(list("abc"))])
print(len(permutations(list(range(5)))))
