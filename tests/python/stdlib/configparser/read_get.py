# Reading INI text and getting values: types, fallbacks, DEFAULT, continuation lines, comments.
import configparser

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes

[forge.example]
User = hg
port: 50022
multi = first line
  second line

  after blank
; another comment
[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio = 0.75
empty =
"""
p = configparser.ConfigParser()
p.read_string(text)
print(p.sections(), p.has_section("forge.example"), p.has_section("DEFAULT"), p.defaults())
print(p.options("forge.example"), p.has_option("forge.example", "USER"), p.has_option("nope", "x"))
print(repr(p.get("forge.example", "multi")), p.get("forge.example", "user"), p["forge.example"]["Port"])
print(p.getint("topsecret.server.example", "port"), p.getfloat("topsecret.server.example", "ratio"),
      p.getboolean("topsecret.server.example", "forwardx11"), p.getboolean("forge.example", "compression"))
print(p.get("forge.example", "missing", fallback="fb"), p.getint("nosection", "x", fallback=7),
      repr(p.get("topsecret.server.example", "empty")))
print(p.items("forge.example"), list(p), len(p), "DEFAULT" in p, "x" in p)
section = p["topsecret.server.example"]
print(section, section.name, section.get("port"), section.getint("port"), section.getboolean("forwardx11"),
      section.get("nothing"), section.get("nothing", "dflt"), list(section), len(section), "port" in section)
for f in [lambda: p.get("nope", "x"), lambda: p.get("forge.example", "nope"), lambda: p.getint("forge.example", "user"),
          lambda: p.getboolean("forge.example", "user"), lambda: p["nope"], lambda: section["nope"]]:
    try:
        print(f())
    except (configparser.Error, ValueError, KeyError) as e:
        print(type(e).__name__, e)
inline = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), allow_no_value=True)
inline.read_string("[s]\nkey = value ; trailing\nurl = http://x/#frag\nflag\n")
print(inline.items("s"), inline.get("s", "flag"))
