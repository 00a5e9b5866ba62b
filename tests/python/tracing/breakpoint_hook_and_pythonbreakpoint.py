# breakpoint() calls sys.breakpointhook, whose default obeys $PYTHONBREAKPOINT (read at each call).
import sys, os
print(sys.breakpointhook is sys.__breakpointhook__, type(sys.breakpointhook).__name__)
import warnings
os.environ['PYTHONBREAKPOINT']='nosuch.mod'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(sys.breakpointhook())
for w in caught:
    print(w.category.__name__, w.message, "line", w.lineno)
os.environ['PYTHONBREAKPOINT']='0'; print(breakpoint())
os.environ['PYTHONBREAKPOINT']='builtins.print'; breakpoint('hi', 2)
os.environ['PYTHONBREAKPOINT']='print'; sys.breakpointhook('bare')
sys.breakpointhook = lambda *a: print("custom", a)
breakpoint(1)
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)
