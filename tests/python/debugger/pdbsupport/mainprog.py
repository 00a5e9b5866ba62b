import sys


def double(n):
    return n * 2


print("args", sys.argv[1:])
x = double(3)
if len(sys.argv) > 2:
    sys.exit(4)
if len(sys.argv) > 1:
    raise ValueError(x)
print("done", x)
