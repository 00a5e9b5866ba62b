# math.tanh to the last bit, as glibc's (fdlibm's) tanh gives it: Java 24+ made Math.tanh an
# intrinsic that differs from it for about 9% of arguments, so Weft must not use it.
import math
import random

rnd = random.Random(11)
values = [k / 16 for k in range(-160, 161)] + [rnd.uniform(-10.0, 10.0) for _ in range(600)]
values += [1e-300, -1e-20, 2.0 ** -28, 22.0, 22.5, -40.0, math.inf, -math.inf]
for chunk in range(0, len(values), 6):
    print(" ".join(repr(math.tanh(x)) for x in values[chunk:chunk + 6]))
print(math.tanh(-0.0), math.isnan(math.tanh(math.nan)))
