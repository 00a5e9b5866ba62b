import string

rows = [("Widget", 3, 2.5), ("Gadget", 10, 12.0), ("Thingamajig", 1, 199.99)]
fmt = string.Formatter()
template = "{0:<12}|{1:>5d}|{2:>9.2f}|{3:>10,.2f}"
print(fmt.format("{:<12}|{:>5}|{:>9}|{:>10}", "item", "qty", "price", "total"))
for name, qty, price in rows:
    print(fmt.format(template, name, qty, price, qty * price))
print(fmt.format("{:=^40}", " end "))


class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else "{%d}" % key
        return kwargs.get(key, "{" + key + "}")

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(used_args)
        if unused:
            print("unused:", sorted(unused))


sf = SafeFormatter()
print(sf.format("Hello {name!u}, you owe {amount:.2f} ({missing}) {0} {3}", "pos0", name="ann", amount=3.14159, extra=1))
print(sf.vformat("{a[0]} {b.real} {c!r}", (), {"a": [9], "b": 2 + 3j, "c": "s"}))
for fs in ["{0}{1}", "{a}", "plain", "{{literal}}", "{0:{1}}", "{x!s:>{w}}", "{0.attr[2]}", "}}{{"]:
    print(repr(fs), list(string.Formatter().parse(fs)))
for bad in ["{", "}", "{0!x}", "{:}}", "{0:{1:{2}}}"]:
    try:
        print(string.Formatter().format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
print(string.Formatter().format("{0:{1}{2}}", 3.14159, ".", "3f"))
print(string.Formatter().format("{:%Y-%m-%d}", __import__("datetime").date(2024, 1, 2)))
print(string.capwords("  multiple   spaces here  "), string.capwords("o'neil mcdonald"), string.capwords("a_b c-d", "_"))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table), sum(c in string.punctuation for c in "Hi! How's it going?"))
print(all(c in string.printable for c in "tab\there"), string.octdigits.index("7"), len(string.hexdigits))
