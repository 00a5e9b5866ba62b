import sys
sys.path.insert(0, "/nonexistent/weft/dir")
print(sys.path[0])
sys.path.pop(0)
import math
print(sys.modules["math"] is math, "math" in sys.modules)
mod_type = type(sys)
m = mod_type("fake_module")
m.value = 42
sys.modules["fake_module"] = m
import fake_module
print(fake_module.value, fake_module.__name__)
