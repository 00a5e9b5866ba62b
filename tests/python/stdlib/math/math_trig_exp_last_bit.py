# sin, cos, tan, atan, atan2 and exp of plain inputs to the last bit, where Java's Math differs from glibc.
import math
for x in (2.5, -2.5, 2.4, 4.4, 4.7, 28, 3.75, 6.25, 14.75, math.pi, -0.6, 128, 0.5, 1.0, 3.0):
    print(x, repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)), repr(math.atan(x)), repr(math.exp(x)))
print(math.atan2(1, 0.5), math.atan2(-3, 7), math.atan2(2, -9), math.atan2(-1e-300, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.sin(0.0), math.sin(-0.0), math.tan(-0.0), math.atan(-0.0), math.exp(-0.0), math.sin(1e-300), math.atan(1e300), math.exp(709.7), math.exp(-745.1))
