# configparser: case handling, optionxform, converters, DEFAULT section in output, read_dict, file iteration.
import configparser
import io
import os
import tempfile

cfg = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
cfg.read_dict({"DEFAULT": {"Owner": "ops"}, "Paths": {"Root": "/srv", "Items": "a, b ,c"},
               "Numbers": {"pi": "3.14", "n": "42", "flag": "TRUE"}})
print(cfg.sections(), list(cfg["Paths"]), cfg["Paths"]["root"], cfg["paths"] if False else "")
print(cfg.getlist("Paths", "items"), cfg["Paths"].getlist("items"), cfg.getfloat("Numbers", "pi"))
print(cfg.getboolean("Numbers", "flag"), cfg.BOOLEAN_STATES["off"], cfg.has_option("Numbers", "owner"))
print(dict(cfg.items("Numbers")), cfg.items("Numbers", raw=True)[0])

class KeepCase(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr
kc = KeepCase()
kc.read_string("[S]\nCamelKey = 1\nlower = 2\n")
print(list(kc["S"]), "CamelKey" in kc["S"], "camelkey" in kc["S"])

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "out.cfg")
    with open(p, "w") as f:
        cfg.write(f)
    with open(p) as f:
        text = f.read()
    print(text)
    again = configparser.ConfigParser()
    with open(p) as f:
        again.read_file(f, source="out.cfg")
    print(again == cfg, again["Paths"]["owner"], len(again.sections()))
    bad = os.path.join(tmp, "bad.cfg")
    with open(bad, "w") as f:
        f.write("[a]\nkey\n")
    try:
        configparser.ConfigParser().read(bad)
    except configparser.ParsingError as e:
        print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
    with open(bad, "w") as f:
        f.write("[a]\nx = 1\n[b]\nx = 2\n[a]\ny = 3\n")
    try:
        configparser.ConfigParser().read(bad)
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, str(e).replace(tmp, "<tmp>"), e.lineno)
    lenient = configparser.ConfigParser(strict=False)
    lenient.read(bad)
    print(dict(lenient["a"]))
    try:
        cfg.add_section("DEFAULT")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        cfg.add_section("Paths")
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, e)
    try:
        cfg.set("Paths", "n", 5)
    except TypeError as e:
        print(type(e).__name__, e)
    s = io.StringIO()
    configparser.ConfigParser(default_section="common", empty_lines_in_values=False).write(s)
    print(repr(s.getvalue()))
