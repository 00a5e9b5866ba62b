g_value = 1
print("g_value" in globals(), globals()["__name__"])
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
class C:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(C()))
globals()["injected"] = "via globals"
print(injected)
import math
print("sqrt" in vars(math))
try:
    vars(5)
except TypeError as e:
    print(e)
def outer():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
