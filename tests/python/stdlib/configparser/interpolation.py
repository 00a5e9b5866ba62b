# BasicInterpolation, ExtendedInterpolation, raw access, vars and interpolation errors.
import configparser

basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home = /home/user
data = %(home)s/data
cache = %(data)s/cache
pct = 100%%
[other]
uses_default = %(shared)s
[DEFAULT]
shared = from default
""")
print(basic.get("paths", "cache"), basic.get("paths", "pct"), basic.get("paths", "cache", raw=True),
      basic.get("other", "uses_default"), basic.get("paths", "data", vars={"home": "/override"}))
print(basic.items("paths"), basic.items("paths", raw=True))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
root = /srv
[app]
dir = ${common:root}/app
logs = ${dir}/logs
cost = $$5
""")
print(ext.get("app", "logs"), ext.get("app", "cost"), ext["app"]["dir"])
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s\n")
print(raw.get("s", "v"))
broken = configparser.ConfigParser()
broken.read_string("[s]\nmissing = %(nope)s\nbad = %(x\nloop = %(loop)s\nlone = 50%\n")
for opt in ["missing", "bad", "loop", "lone"]:
    try:
        print(broken.get("s", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, e, e.args[:2])
for value in ["100%", "%(ok)s fine", "50%% ok"]:
    try:
        broken.set("s", "new", value)
        print("set", value)
    except ValueError as e:
        print("ValueError", e)
e2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e2.read_string("[s]\na = ${nosuch:opt}\nb = $x\n")
for opt in ["a", "b"]:
    try:
        print(e2.get("s", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
