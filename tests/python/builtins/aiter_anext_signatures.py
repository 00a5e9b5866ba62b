# aiter has a text signature inspect can read; anext's has an unrepresentable default, which
# inspect reports as an invalid signature. The docs stay as CPython's.
import inspect

print(repr(aiter.__doc__))
print(inspect.signature(aiter))
print(inspect.signature(aiter).parameters["async_iterable"].kind)
print(anext.__doc__.splitlines()[0])
try:
    inspect.signature(anext)
except ValueError as e:
    print("ValueError:", e)
