# Tutorial 5.1.3-5.1.4: list comprehensions and nested comprehensions (transpose).
from math import pi
squares = []
for x in range(10):
    squares.append(x**2)
print(squares)
print(list(map(lambda x: x**2, range(10))))
print([x**2 for x in range(10)])
print([(x, y) for x in [1,2,3] for y in [3,1,4] if x != y])
vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec], [x for x in vec if x >= 0], [abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit])
print([(x, x**2) for x in range(6)])
vec = [[1,2,3], [4,5,6], [7,8,9]]
print([num for elem in vec for num in elem])
print([str(round(pi, i)) for i in range(1, 6)])
matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
print([[row[i] for row in matrix] for i in range(4)])
transposed = []
for i in range(4):
    transposed.append([row[i] for row in matrix])
print(transposed)
print(list(zip(*matrix)))
print({x: x**2 for x in (2, 4, 6)})
print(sorted({x for x in 'abracadabra' if x not in 'abc'}))
try:
    eval("[x, x**2 for x in range(6)]")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
