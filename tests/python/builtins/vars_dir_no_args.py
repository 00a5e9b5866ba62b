a_module_level = 1
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
names = [n for n in dir() if not n.startswith("__")]
print(names)
print(sorted(k for k in vars() if not k.startswith("__")))
class C:
    cls_attr = 1
    print(sorted(n for n in dir() if not n.startswith("__")))
