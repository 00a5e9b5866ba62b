# breakpoint() calls sys.breakpointhook; the default hook (sys.__breakpointhook__) calls what
# $PYTHONBREAKPOINT names, read at each call: '0' does nothing, 'module.attr' or a builtin's
# name is called with breakpoint()'s arguments, an unimportable name warns and does nothing.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint(1, 2, sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'len'
print(breakpoint([1, 2]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for name in ['nosuch.mod.fn', 'os.nosuch', 'nosuchbuiltin']:
        os.environ['PYTHONBREAKPOINT'] = name
        print(breakpoint())
for w in caught:
    print(w.category.__name__, w.message)
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
try:
    breakpoint(1)
except TypeError as e:
    print('TypeError', e)
sys.breakpointhook = lambda *args, **kws: ('hook', args, kws)
print(breakpoint(3, x=4))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__
del os.environ['PYTHONBREAKPOINT']
print(callable(sys.__breakpointhook__), sys.__breakpointhook__.__name__)
