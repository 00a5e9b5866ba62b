# Building a configuration in code, mapping access, removal, write(), read_dict and converters.
import configparser
import io
import os
import tempfile

p = configparser.ConfigParser()
p["DEFAULT"] = {"level": "1"}
p["server"] = {"host": "localhost", "port": 8080}
p.add_section("client")
p.set("client", "timeout", "30")
p["client"]["retries"] = "3"
p.set("client", "multi", "a\nb")
out = io.StringIO()
p.write(out)
print(out.getvalue())
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue())
print(p.remove_option("client", "retries"), p.remove_option("client", "retries"), p.remove_section("server"),
      p.remove_section("server"), p.sections())
del p["client"]["timeout"]
print(dict(p["client"]), list(p.keys()))
try:
    del p["DEFAULT"]
except ValueError as e:
    print("ValueError", e)
for f in [lambda: p.add_section("client"), lambda: p.add_section("DEFAULT"), lambda: p.set("nosect", "a", "b"),
          lambda: p.set("client", "a", 5), lambda: p.add_section(5), lambda: p.remove_option("nosect", "x"),
          lambda: p.options("nosect")]:
    try:
        f()
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = configparser.ConfigParser(defaults={"a": "1"}, converters={"list": lambda v: v.split(",")})
d.read_dict({"sec": {"items": "x,y,z", "n": 5}, "sec2": {}})
print(d.getlist("sec", "items"), d["sec"].getlist("items"), d.get("sec", "n"), d.get("sec2", "a"), sorted(d.converters))
path = os.path.join(tempfile.mkdtemp(), "conf.ini")
with open(path, "w") as f:
    f.write("[file]\nkey = value\n")
print(d.read([path, path + ".missing"]) == [path], d.get("file", "key"))
with open(path) as f:
    d2 = configparser.ConfigParser()
    d2.read_file(f)
print(d2.sections())
