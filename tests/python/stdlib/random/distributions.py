import random
r = random.Random(31337)
print(r.uniform(2.5, 10.0))
print(r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3))
print(r.gauss(), r.gauss(10, 2), r.gauss(0, 1))
print(r.normalvariate(), r.normalvariate(100, 15))
print(r.lognormvariate(0, 0.5))
print(r.expovariate(1.5))
print(r.vonmisesvariate(0.5, 4), r.vonmisesvariate(1, 0))
print(r.gammavariate(0.5, 2), r.gammavariate(1.0, 2), r.gammavariate(5, 0.5))
print(r.betavariate(2, 5), r.betavariate(0.5, 0.5))
print(r.paretovariate(3), r.weibullvariate(2, 1.5))
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print("ValueError:", e)
