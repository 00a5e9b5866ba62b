import configparser
import io
INI = """
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = 0.0.0.0
port = 8080
log = %(base_dir)s/logs/server.log
; a comment
# another comment
greeting = Hello,
    multi-line
    world

[database]
url = postgres://user@localhost/db
pool size = 5
timeout = 2.5
debug = YES
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
for sec in cp.sections():
    print(f"[{sec}]")
    for key, value in cp.items(sec):
        print(f"  {key:<10} = {value!r}")
print(cp.getint("server", "port") + 1, cp.getfloat("database", "timeout"), cp.getboolean("database", "debug"), cp.getboolean("server", "debug"))
print(cp["database"]["pool size"], cp.get("server", "missing", fallback="n/a"), "host" in cp["server"], cp.has_option("server", "base_dir"))
cp["new"] = {"a": "1", "b": "two words"}
cp.set("new", "c", "%(a)s-%(b)s")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print(type(e).__name__, e)
try:
    cp.getint("server", "host")
except ValueError as e:
    print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print(type(e).__name__, e)
bad = configparser.ConfigParser()
bad.read_string("[s]\nv = %(missing)s\n")
try:
    bad.get("s", "v")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)
print(bad.get("s", "v", raw=True))
