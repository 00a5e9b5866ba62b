def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield n, src, dst
        yield from hanoi(n - 1, via, dst, src)

for disk, a, b in hanoi(3):
    print(f"Move disk {disk} from {a} to {b}")
print(sum(1 for _ in hanoi(10)), 2 ** 10 - 1)

def iterative(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    order = "ACB" if n % 2 else "ABC"
    moves = 0
    pairs = [(order[0], order[1]), (order[0], order[2]), (order[1], order[2])]
    while len(pegs["C"]) < n and len(pegs["B"]) < n:
        x, y = pairs[moves % 3]
        if pegs[x] and (not pegs[y] or pegs[x][-1] < pegs[y][-1]):
            pegs[y].append(pegs[x].pop())
        else:
            pegs[x].append(pegs[y].pop())
        moves += 1
    return moves, pegs

print(iterative(4))
print(iterative(5)[0])
