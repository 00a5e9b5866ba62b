try:
    import no_such_module_weft
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from support.greetings import no_such_name
except ImportError as e:
    # CPython appends the module's absolute path in parentheses; keep the machine-independent part.
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import support.raises_on_import
except ValueError as e:
    print("ValueError during import:", e)
import sys
print("support.raises_on_import" in sys.modules)
try:
    import support.nope.deeper
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
