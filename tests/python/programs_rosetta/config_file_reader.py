import configparser
import io

TEXT = """
# This is a configuration file
[DEFAULT]
favouritefruit = banana

[user]
fullname = Foo Barber
needspeeling = yes
seedsremoved = no
otherfamily = Rhu Barber, Harry Barber
count = 42
ratio = 0.75

[paths]
home = /home/%(user_name)s
user_name = foo
"""
cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.has_section("DEFAULT"), "user" in cp)
u = cp["user"]
print(u["fullname"], u.getboolean("needspeeling"), u.getboolean("seedsremoved"), u.getint("count"), u.getfloat("ratio"))
print([x.strip() for x in u["otherfamily"].split(",")], u["favouritefruit"], u.get("missing", "fallback"))
print(cp.get("paths", "home"), cp.get("paths", "home", raw=True), sorted(cp["paths"]))
cp["new"] = {"a": "1", "b": "two words"}
out = io.StringIO()
cp.write(out)
print(out.getvalue().strip())
try:
    cp.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.getint("user", "fullname")
except ValueError as e:
    print("ValueError:", e)
