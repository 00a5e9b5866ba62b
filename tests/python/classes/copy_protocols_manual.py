class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def shallow(self):
        return Matrix(self.rows)
    def deep(self):
        return Matrix([row[:] for row in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
s, d = m.shallow(), m.deep()
m.rows[0][0] = 99
print(m, s, d, s.rows is m.rows, d.rows is m.rows)
l = [[1], [2]]
l2 = l[:]
l3 = list(l)
l4 = [x[:] for x in l]
l[0].append("x")
print(l2, l3, l4)
