# Docstrings and help() of built-in methods and math functions, as tutorials print them.
import math

print(str.upper.__doc__)
print(list.append.__doc__)
print(dict.get.__doc__)
print(str.split.__doc__)
print(math.sqrt.__doc__)
print(int.bit_length.__doc__)
print(set.union.__doc__)
print(int.real.__doc__)
print(str.join.__text_signature__, list.sort.__text_signature__, math.pow.__text_signature__)
print("".upper.__doc__ == str.upper.__doc__, math.sqrt.__module__, math.sqrt.__self__ is math)
for name in ("lower", "strip", "replace", "find", "format"):
    print(name, "->", getattr(str, name).__doc__.splitlines()[0])
help(str.upper)
help(list.append)
help([].append)
help("".upper)
help(math.floor)
help(math.log)
help(dict.fromkeys)
help(str.__add__)
