data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
results = [y for x in data if (y := x * 2) > 15]
print(results)
lines = ["first", "second", "", "ignored"]
i = 0
while (line := lines[i]):
    print("line:", line)
    i += 1
def next_token(tokens):
    return tokens.pop(0) if tokens else None
toks = ["a", "b", "c"]
while (t := next_token(toks)) is not None:
    print("token", t)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
