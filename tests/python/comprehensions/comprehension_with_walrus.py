data = [3, 8, 1, 9, 4]
running = [total := 0] and [total := total + v for v in data]
print(running, total)
print([y for v in data if (y := v * 10) > 35])
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0])
