# An import statement calls whatever builtins.__import__ is at that moment, with
# (name, globals, locals, fromlist, level), and binds what it returns.
import builtins

real_import = builtins.__import__
calls = []


class FakeModule:
    """Stands in for every module the tracing hook is asked for."""
    alpha = "A"
    beta = "B"
    sub = None


FakeModule.sub = FakeModule


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, locals is None))
    if name.startswith("fake"):
        return FakeModule
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
try:
    import fakepkg
    import fakepkg.sub
    import fakepkg.sub as leaf
    from fakepkg import alpha
    from fakepkg.sub import alpha as a2, beta
    import math

    def inside_function():
        import fakeinner
        from fakeinner import beta as b
        return fakeinner, b

    print(inside_function()[1])
finally:
    builtins.__import__ = real_import

for call in calls:
    print(call)
print(fakepkg is FakeModule, leaf is FakeModule, alpha, a2, beta)
print(math.sqrt(16))

# After the hook is put back, imports find real modules again.
try:
    import fakepkg_that_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)


# A relative import passes its level and the bare module name.
def relative_hook(name, globals=None, locals=None, fromlist=(), level=0):
    print("hook:", repr(name), fromlist, level)
    return FakeModule


builtins.__import__ = relative_hook
try:
    from . import alpha
    from ..pkg import beta
    from fakestar import *
finally:
    builtins.__import__ = real_import
print(alpha, beta)

# Removing __import__ from builtins makes every import statement fail.
del builtins.__import__
try:
    import os
except ImportError as e:
    print("ImportError:", e)
finally:
    builtins.__import__ = real_import
import os
print(os.sep)
