# reveal_type() at runtime prints to stderr and returns its argument unchanged.
import sys
from typing import reveal_type

sys.stderr = sys.stdout
x = reveal_type([1, 2])
print(x)
y = reveal_type("s")
print(y)
reveal_type(None)
reveal_type(int)
class Thing:
    pass
t = reveal_type(Thing())
print(type(t).__name__)
