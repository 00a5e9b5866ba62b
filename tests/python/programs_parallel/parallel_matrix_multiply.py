from concurrent.futures import ThreadPoolExecutor
import threading

def make_matrix(rows, cols, seed):
    return [[(seed * (r + 1) * (c + 2)) % 11 - 5 for c in range(cols)] for r in range(rows)]

def row_times(matrix_b, row):
    cols = len(matrix_b[0])
    return [sum(row[k] * matrix_b[k][j] for k in range(len(row))) for j in range(cols)]

A = make_matrix(6, 4, 3)
B = make_matrix(4, 5, 7)

with ThreadPoolExecutor(max_workers=3) as ex:
    C = list(ex.map(lambda r: row_times(B, r), A))

def show(name, m):
    print(name)
    for row in m:
        print(" ".join(f"{v:5d}" for v in row))
show("A", A)
show("B", B)
show("C = A x B", C)

serial = [row_times(B, r) for r in A]
print("matches serial:", C == serial)

# transpose + trace in threads writing to preallocated slots
T = [[None] * len(C) for _ in range(len(C[0]))]
def fill_col(j):
    for i in range(len(C)):
        T[j][i] = C[i][j]
threads = [threading.Thread(target=fill_col, args=(j,)) for j in range(len(C[0]))]
for t in threads: t.start()
for t in threads: t.join()
show("transpose", T)
print("trace of C[:5]:", sum(C[i][i] for i in range(5)))
print("frobenius^2:", sum(v * v for row in C for v in row))
