import string
from string import Template, Formatter

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   world  from python"), string.capwords("a-b-c", "-"))

t = Template("$who likes $what; ${who}'s cost is $$${price}")
print(t.substitute(who="Tim", what="kung pao", price=9.5))
print(t.safe_substitute(who="Ann"))
print(t.template)
print(t.get_identifiers(), t.is_valid())
print(Template("$x $y").substitute({"x": 1}, y=2))
for bad in ("$who and $", "${bad", "$1x"):
    try:
        Template(bad).substitute(who="w")
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e)
print(Template("ok $").is_valid(), Template("$a $b $a").get_identifiers())


class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Percent("%name earned %% %amount").substitute(name="joe", amount=5))


class Braced(Template):
    braceidpattern = r"[a-z.]+"


print(Braced("${user.name} $user").substitute({"user.name": "U", "user": "X"}))

f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"))
print(f.format("{name:>8}|{num:08.3f}", name="pi", num=3.14159))
print(list(f.parse("hi {0!r:>5} there {x} {{esc}}")))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print(Upper().format("{greet} {missing} {0:x}", 255, greet="hello"))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{2}", 1)
except IndexError as e:
    print("IndexError", e)
