# format() on str, and str.format fields
names = ["Ada", "Grace Hopper", "", "Ünïcödé", "日本語"]
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<8", "s", "^1", ".0"]:
    print(repr(spec).ljust(7), [format(n, spec) for n in names])
for bad in ["d", "+", "=10", "#", ",", "010", " ", "x"]:
    try:
        format("abc", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print("{0}{1}{0}".format("ab", "cd"))
print("{} and {}".format("spam", "eggs"), "{1} {0}".format("a", "b"))
print("{name:>10}|{age:^5}|".format(name="Bob", age=42))
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag}".format(["x", "y"], {"key": "v"}, 3 + 4j))
print("{0!r} {0!s} {0!a}".format("héllo\n"))
print("{:{}{}}".format("x", ">", 6), "{:{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{{literal}} {}".format(1), "}}{{".format())
print("{0:>{1}}".format("r", 4), "{:*^{w}}".format("c", w=9))
for tmpl, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{}{1}", (1, 2), {}), ("{1}", (1,), {}),
                           ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{!x}", (1,), {}),
                           ("{0:{1}}", (1, "zz"), {}), ("{a[b}", (), {"a": {}}), ("{0!}", (1,), {}), ("{:d}", ("s",), {})]:
    try:
        print(repr(tmpl.format(*args, **kwargs)))
    except Exception as e:
        print(repr(tmpl), type(e).__name__, e)
print("{0[-1]}".format({"-1": "neg key"}), "{0[1]}".format("abc"))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 2, 29)))
print("{} {}".format(*"ab"), "{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} years {unit}".format_map(Default(name="Ann", age=3)))
print(format(None), format([1, 2]), format((1,), ""), format(object.__new__(type("T", (), {"__repr__": lambda s: "T!"}))))
try:
    format([1, 2], "10")
except TypeError as e:
    print(type(e).__name__, e)
