"""types.CellType: cell() is empty, cell(x) holds x; cell_contents reads and writes it."""
import types

c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
c.cell_contents = 5
print(c.cell_contents, types.CellType([1, 2]).cell_contents)


def outer():
    x = 10
    return (lambda: x).__closure__[0]


cell = outer()
print(type(cell) is types.CellType, cell.cell_contents)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
