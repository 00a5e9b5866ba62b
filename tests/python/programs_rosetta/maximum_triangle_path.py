TRI = """
                          55
                        94 48
                       95 30 96
                     77 71 26 67
                    97 13 76 38 45
                  07 36 79 16 37 68
                 48 07 09 18 70 26 06
               18 72 79 46 59 79 29 90
              20 76 87 11 32 07 07 49 18
            27 83 58 35 71 11 25 57 29 85
"""
rows = [[int(x) for x in line.split()] for line in TRI.strip().splitlines()]
best = rows[-1][:]
for row in reversed(rows[:-1]):
    best = [v + max(best[i], best[i + 1]) for i, v in enumerate(row)]
print(best[0])
from functools import reduce
print(reduce(lambda lower, upper: [v + max(a, b) for v, a, b in zip(upper, lower, lower[1:])], reversed(rows)))
