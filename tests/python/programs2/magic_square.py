def siamese(n):
    if n % 2 == 0:
        raise ValueError("siamese method needs odd n")
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq

def is_magic(sq):
    n = len(sq)
    target = sum(sq[0])
    sums = [sum(row) for row in sq] + [sum(col) for col in zip(*sq)]
    sums.append(sum(sq[i][i] for i in range(n)))
    sums.append(sum(sq[i][n - 1 - i] for i in range(n)))
    distinct = sorted(v for row in sq for v in row) == list(range(1, n * n + 1))
    return all(s == target for s in sums) and distinct, target

def show(sq):
    w = len(str(len(sq) ** 2))
    for row in sq:
        print(" ".join(str(v).rjust(w) for v in row))

for n in (3, 5, 7):
    sq = siamese(n)
    show(sq)
    print("magic:", is_magic(sq))
lo_shu = [[4, 9, 2], [3, 5, 7], [8, 1, 6]]
print(is_magic(lo_shu), is_magic([[1, 2], [3, 4]]))
try:
    siamese(4)
except ValueError as e:
    print("error:", e)
def rotations(sq):
    out = []
    cur = sq
    for _ in range(4):
        cur = [list(r) for r in zip(*cur[::-1])]
        out.append(cur)
        out.append([row[::-1] for row in cur])
    return out
print(len({tuple(map(tuple, s)) for s in rotations(lo_shu)}))
