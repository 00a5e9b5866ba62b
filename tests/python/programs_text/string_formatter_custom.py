import string
class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        try:
            return super().get_value(key, args, kwargs)
        except (KeyError, IndexError):
            return "{" + str(key) + "}"
    def format_field(self, value, format_spec):
        if format_spec.endswith("u"):
            return format(str(value).upper(), format_spec[:-1])
        return super().format_field(value, format_spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
sf = SafeFormatter()
print(sf.format("Hello {name}, you are {age} ({0}) {missing}", "pos", name="Ann", age=30))
print(sf.format("{name:>10u}|{name!l}|{name!r:^12}|", name="MiXeD"))
for tmpl in ["{0.real:.2f}", "{x[1]}", "{x[k]}", "{{}}{}", "{:>{w}}"]:
    try:
        print(repr(sf.format(tmpl, 3.14159, x={"k": "v", 1: "one"}, w=6)))
    except Exception as e:
        print(tmpl, type(e).__name__, e)
for parsed in string.Formatter().parse("Text {0} more {name!r:>10} end {{x}} {}{"[:-1]):
    print(parsed)
try:
    list(string.Formatter().parse("bad {"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(string.Formatter().parse("bad }"))
except ValueError as e:
    print(type(e).__name__, e)
class Tracker(string.Formatter):
    def __init__(self):
        self.used = []
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")
t = Tracker()
print(t.format("{a}{b}", a=1, b=2))
try:
    t.format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(type(e).__name__, e)
tpl = string.Template("${greeting}, $name! You have $$${amount:.2f}")
print(tpl.safe_substitute(greeting="Hi", name="Bo"))
try:
    tpl.substitute(greeting="Hi", name="Bo", amount=3)
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template("$a$b${c}d").substitute(a=1, b=2, c=3), string.Template("$x.$y").substitute(x="a", y="b"))
print(string.Template("100$").safe_substitute(), string.Template("$ $").safe_substitute())
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags)
