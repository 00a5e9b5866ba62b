total = 17
parts = 3
print(total / parts, total // parts, total % parts, round(total / parts, 2), f"{total / parts:.2f}")
print(int(total / parts), int(-total / parts), -total // parts, round(-total / parts))
prices = [19.99, 5.01, 0.1, 0.2, 100.0]
s = sum(prices)
print(s, round(s, 2), f"{s:.2f}", "%.2f" % s, format(s, ".1f"), str(round(s, 1)))
avg = s / len(prices)
print(avg, f"{avg:.3f}", round(avg), round(avg, 1), int(avg))
print(10 / 2, 10 // 2, 2 ** 10, 2 ** 0.5, 9 ** 0.5, 10 / 4, 7 / 7)
percent = 37 / 120
print(f"{percent:.1%}", f"{percent * 100:.1f}%", round(percent * 100, 1))
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.15)
print([round(x * 0.1, 1) for x in range(5)], [x / 10 for x in range(5)])
