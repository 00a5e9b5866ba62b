# enum.StrEnum (3.11): members are str, auto() gives the lower-cased name, str()/format() give the value.
import enum
from enum import StrEnum, auto


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    DARK_BLUE = auto()


print(list(Color), [m.value for m in Color])
print(str(Color.RED), repr(Color.RED), f"{Color.GREEN}", format(Color.DARK_BLUE, ">12"), "%s" % Color.RED)
print(Color.RED == "red", Color("green"), Color.RED.upper(), isinstance(Color.RED, str))
print("-".join(Color), sorted(Color)[0])
for bad in ["class Bad(StrEnum):\n    X = 1\n", "class Bad(StrEnum):\n    X = ('a', 'b', 'c', 'd')\n",
            "class Bad(StrEnum):\n    X = ('a', 1)\n"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError:", e)


try:
    class Decoded(StrEnum):
        X = ("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    Color("purple")
except ValueError as e:
    print("ValueError:", e)
