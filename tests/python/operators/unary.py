print(-5, +5, ~5, -(-5), -0.0, +(-0.0))
print(not 0, not 1, -True, +True, ~True, ~False)
print(-(2 ** 70), -(1+2j), abs(-3.5))
x = 7
print(-x, +x, ~x, ---x)
