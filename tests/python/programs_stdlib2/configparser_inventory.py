import configparser
import io

inventory = configparser.ConfigParser()
inventory.read_dict({
    "widget": {"price": "2.50", "qty": "10", "tags": "small, blue"},
    "gadget": {"price": "12", "qty": "0", "discontinued": "true"},
    "doohickey": {"price": "0.99", "qty": "250"},
})
total = 0.0
for name in inventory.sections():
    s = inventory[name]
    price = s.getfloat("price")
    qty = s.getint("qty")
    total += price * qty
    print(f"{name:<10}{price:>8.2f}{qty:>6}{'  (discontinued)' if s.getboolean('discontinued', fallback=False) else ''}")
print(f"total value: {total:.2f}")
print(inventory.getboolean("gadget", "discontinued"), inventory["widget"].get("tags").split(", "))
print(inventory.options("widget"), inventory.has_option("gadget", "tags"))
for val in ("1", "yes", "true", "on", "0", "no", "false", "off", "maybe"):
    inventory.set("gadget", "flag", val)
    try:
        print(val, inventory.getboolean("gadget", "flag"))
    except ValueError as e:
        print(val, "ValueError", e)
sec = inventory["doohickey"]
sec["qty"] = "249"
del sec["price"]
print(dict(sec), "price" in sec)
try:
    del sec["nothing"]
except KeyError as e:
    print("KeyError", e)
try:
    sec["num"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    inventory["widget"]["missing"]
except KeyError as e:
    print("KeyError", e)
print(list(inventory), len(inventory), "DEFAULT" in inventory)
out = io.StringIO()
inventory.write(out)
print(out.getvalue())
cp2 = configparser.ConfigParser()
cp2.read_file(io.StringIO(out.getvalue()), source="<memory>")
print(cp2.sections() == inventory.sections())
cp3 = configparser.ConfigParser()
print(cp3.read(["/nonexistent/a.ini", "/nonexistent/b.ini"]))
try:
    cp3.read_string("[sec]\n  indented = wrong\nkey\n")
except configparser.ParsingError as e:
    print(type(e).__name__, str(e).replace("\n", " | "))
try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n", source="cfg.ini")
except configparser.DuplicateSectionError as e:
    print(type(e).__name__, e, e.section, e.source, e.lineno)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\nX=2\n")
except configparser.DuplicateOptionError as e:
    print(type(e).__name__, e)
e = configparser.NoOptionError("opt", "sec")
print(repr(e), e.option, e.section)
print(configparser.MissingSectionHeaderError("f.ini", 1, "x = 1"))
