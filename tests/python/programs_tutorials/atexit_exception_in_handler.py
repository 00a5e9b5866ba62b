# An exception in an atexit handler is reported and the remaining handlers still run.
import atexit
import sys

def first():
    print("first registered, runs last")

def broken():
    raise ValueError("handler failed")

def also():
    print("runs before the broken one")

atexit.register(first)
atexit.register(broken)
atexit.register(also)
print("exiting with code", 0)
sys.stdout.flush()
