import support.circular_a as a
import support.circular_b as b
print(a.from_b(), b.from_a())
