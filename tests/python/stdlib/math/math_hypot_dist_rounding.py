# hypot and dist are correctly rounded in CPython 3.11 (vector_norm), abs(complex) nearly so.
import math, random
r = random.Random(9)
vals = []
for i in range(300):
    a, b, c = r.uniform(-1e3, 1e3), r.uniform(-1e3, 1e3), r.uniform(-5, 5)
    vals.append((math.hypot(a, b), math.hypot(a, b, c), math.dist((a, b), (c, 1.5))))
print(vals[:5])
print(sum(v[0] for v in vals), sum(v[1] for v in vals), sum(v[2] for v in vals))
print(math.hypot(3, 4), math.hypot(1e308, 1e307), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 1e-310, 1e-310), math.hypot(-0.0), math.hypot())
print(abs(3 + 4j), abs(complex(5e-324, 5e-324)), abs(complex(-1.5, 2.25)), abs(complex(1e200, 1e200)))
