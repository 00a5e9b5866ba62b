import configparser
import io

text = """
[DEFAULT]
base_dir = /srv/app
debug = no
timeout = 30

[server]
host = example.com
port = 8080
log_dir = %(base_dir)s/logs
debug = yes
ratio = 0.75

[database]
url = postgres://%(user)s@localhost/db
user = admin
pool = 5
enabled = on

[empty]
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.defaults())
print(list(cp["server"].keys()))
print(cp.get("server", "log_dir"), cp.get("database", "url"))
print(cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("server", "debug"), cp.getboolean("database", "enabled"), cp.getboolean("empty", "debug"))
print(cp.get("server", "log_dir", raw=True))
print(cp.get("server", "missing", fallback="dflt"), cp.getint("empty", "nothing", fallback=-1))
print(cp.has_section("server"), cp.has_section("nope"), cp.has_option("empty", "timeout"))
print(cp.items("database"))
print(dict(cp["empty"]))
print("port" in cp["server"], cp["server"].getint("port"), cp["server"].get("host"))

for call in (lambda: cp.get("nope", "x"), lambda: cp.get("server", "nothing"),
             lambda: cp.getint("server", "host"), lambda: cp.getboolean("server", "host"),
             lambda: cp["missing"], lambda: cp.add_section("server"), lambda: cp.add_section("DEFAULT")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

cp.set("server", "port", "9090")
cp["new"] = {"a": "1", "b": "two"}
cp.remove_option("database", "pool")
cp.remove_section("empty")
try:
    cp.set("server", "port", 9090)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
cp.write(out)
print(out.getvalue())

bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(y)s\n")
try:
    bad.get("a", "x")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)
bad.read_string("[b]\nloop = %(loop)s\n")
try:
    bad.get("b", "loop")
except configparser.InterpolationDepthError as e:
    print(type(e).__name__, e)
for src in ("[s]\n[s]\n", "no section header\n", "[s]\nk=1\nk=2\n"):
    try:
        configparser.ConfigParser().read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, e)
