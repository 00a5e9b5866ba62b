import math
import math as m
from math import sqrt, pi as PI
from os import path
from os.path import join as pjoin
import os.path
print(m is math, sqrt(9), PI == math.pi, path is os.path, pjoin("a", "b"))
print(math.__name__, os.path.__name__ in ("posixpath", "ntpath"), type(math).__name__)
def local_import():
    import time as t
    return t.__name__
print(local_import(), "t" in globals())
