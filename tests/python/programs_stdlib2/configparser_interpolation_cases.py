import configparser

base = """
[DEFAULT]
root = /opt
user = svc

[paths]
bin = %(root)s/bin
lib = %(root)s/lib/%(user)s
pct = 100%%
nested = %(lib)s/nested
bad_ref = %(nope)s
bad_syntax = %(root
lone = 50%
"""
cp = configparser.ConfigParser()
cp.read_string(base)
for key in ("bin", "lib", "pct", "nested", "bad_ref", "bad_syntax", "lone"):
    try:
        print(key, "=", cp.get("paths", key))
    except configparser.InterpolationError as e:
        print(key, type(e).__name__, e)
print(cp.get("paths", "lib", vars={"user": "override"}))
print(cp.get("paths", "nested", raw=True))
print(sorted(cp.items("paths", raw=True))[:3])
try:
    print(cp.items("paths"))
except configparser.InterpolationError as e:
    print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home = /home/me
[app]
data = ${common:home}/data
cache = ${data}/cache
money = $$100
broken = ${common:missing}
badsec = ${nosec:x}
syntax = ${oops
""")
for key in ("data", "cache", "money", "broken", "badsec", "syntax"):
    try:
        print(key, "=", ext.get("app", key))
    except (configparser.InterpolationError, configparser.NoSectionError) as e:
        print(key, type(e).__name__, e)
try:
    cp.set("paths", "new", "50%")
except ValueError as e:
    print("ValueError", e)
cp.set("paths", "new", "50%%")
print(cp.get("paths", "new"))
raw = configparser.RawConfigParser()
raw.add_section("s")
raw.set("s", "n", 5)
raw.set("s", "none", None)
print(raw.get("s", "n"), raw.get("s", "none"), raw.items("s"))
loop = configparser.ConfigParser()
loop.read_string("[x]\na = %(b)s\nb = %(a)s\n")
try:
    loop.get("x", "a")
except configparser.InterpolationDepthError as e:
    print(type(e).__name__, str(e).replace("\n", " / "))
print(configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)
