import configparser
import io

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
home = /home/user
docs = ${home}/docs
[app]
data = ${paths:docs}/data
cost = $$5
""")
print(ext["paths"]["docs"], ext["app"]["data"], ext["app"]["cost"])

raw = configparser.RawConfigParser()
raw.read_string("[x]\nfmt = %(asctime)s %d\n")
print(raw.get("x", "fmt"))

noint = configparser.ConfigParser(interpolation=None)
noint.read_string("[x]\npct = 100%\n")
print(noint["x"]["pct"])

custom = configparser.ConfigParser(delimiters=("=>",), comment_prefixes=("//",),
                                   inline_comment_prefixes=(";",), allow_no_value=True)
custom.read_string("""
// a comment
[opts]
speed => fast ; inline comment
flag
Mixed_Case => kept
multi => line one
   line two
   line three
""")
print(custom.items("opts"))
print(repr(custom["opts"]["multi"]))
print(custom.get("opts", "flag"))

cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamelKey = 1\nlower = 2\n")
print(list(cs["S"]))
print(cs.BOOLEAN_STATES["on"], sorted(cs.BOOLEAN_STATES))

d = configparser.ConfigParser(defaults={"color": "blue"}, default_section="common")
d.read_dict({"one": {"size": 3}, "two": {"size": "4", "color": "red"}})
for name in d.sections():
    print(name, dict(d[name]))
buf = io.StringIO()
d.write(buf, space_around_delimiters=False)
print(buf.getvalue())

conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[l]\nitems = a, b ,c\n")
print(conv.getlist("l", "items"), conv["l"].getlist("items"))

p = configparser.ConfigParser(strict=False)
p.read_string("[dup]\nk = 1\n[dup]\nk = 2\n")
print(p["dup"]["k"])
sect = p["dup"]
print(sect.name, repr(sect), len(sect), sect.parser is p)
try:
    del p["DEFAULT"]
except ValueError as e:
    print("ValueError", e)
print(repr(configparser.ConfigParser().get("DEFAULT", "x", fallback=None)))
