"""code.co_names: the global, imported and attribute names a code object uses."""
import os.path as p, sys
from collections import OrderedDict as OD
def f(a):
    global G
    G = a.x + len(a) + sys.y
    a.z = 1
    del a.w
    return OD
print(f.__code__.co_names)
print(compile("import os.path as p, sys\nfrom collections import OrderedDict as OD\nx = p.join\n", "m", "exec").co_names)
