# Assignment expressions in while loops and conditions.
import io

stream = io.StringIO("alpha\nbeta\n\ngamma\n")
while (line := stream.readline()):
    print(repr(line.rstrip("\n")))

data = io.BytesIO(bytes(range(10)))
chunks = []
while chunk := data.read(4):
    chunks.append(list(chunk))
print(chunks)

n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("collatz steps", steps + 1)

# walrus in a lambda default and in a call argument
values = [5, 3, 8]
print(max(values, key=lambda v: (sq := v * v) - 10 * v), )
print(f"{(total := sum(values))} is the total; again {total}")
print((y := 10, y * 2))
