import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   world  of python"), string.capwords("  x-y z-w  ", "-"), string.capwords("they're O'NEIL"))
t = string.Template("$who likes $what; ${who}s $$5 dollars")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann"}, what="tea"))
print(t.safe_substitute(who="Sam"), t.safe_substitute())
print(t.template, t.get_identifiers(), t.is_valid())
for bad_t, kw in [("$who and $missing", {"who": 1}), ("bad $", {}), ("$1abc", {}), ("${unclosed", {})]:
    try:
        print(string.Template(bad_t).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print("  safe:", string.Template(bad_t).safe_substitute(**kw))
class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Pct("%name costs %%%cost").substitute(name="pie", cost=3))
class Braces(string.Template):
    braceidpattern = r"[A-Z_]+"
print(Braces("${HOME} and $home").safe_substitute(HOME="/h", home="/x"))
f = string.Formatter()
print(f.format("{0} {x:>5} {y!r}", "a", x=1, y="z"))
print(list(f.parse("a{0}b{x:>5}c{y!r}d{{e}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"?{key}?"
        return super().get_value(key, args, kwargs)
print(Upper().format("{greet} {0:x} {name}", 255, greet="hi"))
print(f.convert_field("x", "r"), f.convert_field("x", None), f.get_field("0.real", (5,), {}))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
