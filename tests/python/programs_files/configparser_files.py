# configparser: read from and write to real files, interpolation, types, errors.
import configparser
import os
import tempfile

INI = """\
# comment line
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = localhost
port = 8080
timeout = 2.5
log_dir = %(base_dir)s/logs
enabled = on

[database]
url = postgres://db:5432/main
pool = 10
  continued line
debug = yes

[empty]
"""

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "app.ini")
    with open(p, "w") as f:
        f.write(INI)
    cfg = configparser.ConfigParser()
    print(cfg.read([p, os.path.join(tmp, "missing.ini")]) == [p])
    print(cfg.sections(), cfg.defaults())
    s = cfg["server"]
    print(s["host"], s.getint("port"), s.getfloat("timeout"), s.getboolean("enabled"), s["log_dir"])
    print(cfg.getboolean("server", "debug"), cfg.getboolean("database", "debug"))
    print(repr(cfg.get("database", "pool")))
    print(cfg.get("server", "missing", fallback="fb"), s.get("nope", "dflt"))
    print(list(cfg["server"].keys()))
    print(cfg.has_section("empty"), cfg.has_option("server", "host"), "server" in cfg, len(cfg))
    print(cfg.get("server", "log_dir", raw=True), cfg.get("server", "log_dir", vars={"base_dir": "/x"}))
    for name, exc_call in [("no section", lambda: cfg.get("nope", "x")),
                           ("no option", lambda: cfg.get("server", "nope")),
                           ("bad int", lambda: cfg.getint("server", "host")),
                           ("bad bool", lambda: cfg.getboolean("server", "host"))]:
        try:
            exc_call()
        except (configparser.Error, ValueError) as e:
            print(name, type(e).__name__, e)

    cfg["server"]["port"] = "9090"
    cfg.set("database", "pool", "20")
    cfg.add_section("cache")
    cfg["cache"] = {"size": "128", "ttl": "60"}
    cfg.remove_option("server", "timeout")
    cfg.remove_section("empty")
    out = os.path.join(tmp, "out.ini")
    with open(out, "w") as f:
        cfg.write(f)
    print(open(out).read())
    with open(out, "w") as f:
        cfg.write(f, space_around_delimiters=False)
    print(open(out).read().splitlines()[:4])

    raw = configparser.RawConfigParser()
    raw.read(p)
    print(raw.get("server", "log_dir"))
    bad = os.path.join(tmp, "bad.ini")
    for content in ["[a]\nx = 1\nx = 2\n", "no section header\n", "[a]\n[a]\n",
                    "[s]\nv = %(missing)s\n", "[s]\nv = 100%\n"]:
        with open(bad, "w") as f:
            f.write(content)
        c = configparser.ConfigParser()
        try:
            c.read(bad)
            print("read ok", c.sections(), c.get(c.sections()[0], "v") if c.sections() and c.has_option(c.sections()[0], "v") else "")
        except configparser.Error as e:
            print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
    c = configparser.ConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=(";",),
                                  inline_comment_prefixes=(";",))
    c.read_string("[flags]\nfast\nmode: quick ; inline\n")
    print(dict(c["flags"]))
    with open(p) as f:
        c2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
        c2.read_file(f)
    print(c2.get("server", "log_dir", raw=True), c2.sections())
