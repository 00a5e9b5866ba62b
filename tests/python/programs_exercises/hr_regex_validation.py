import re

# validating phone numbers
for num in ["9587456281", "1252478965", "8F54698745", "9898959398", "879546242"]:
    print("YES" if re.fullmatch(r"[789]\d{9}", num) else "NO")

# validating and parsing email addresses
import email.utils
for line in ["DEXTER <dexter@hotmail.com>", "VIRUS <virus!@variable.:p>", "ann <a.b-c_d@x.io>"]:
    name, addr = email.utils.parseaddr(line)
    if re.match(r"^[a-zA-Z][\w.-]*@[a-zA-Z]+\.[a-zA-Z]{1,3}$", addr):
        print(email.utils.formataddr((name, addr)))

# hex color code
css = """#BED
{
    color: #FfFdF8; background-color:#aef;
    font-size: 123px;
    background: -webkit-linear-gradient(top, #f9f9f9, #fff);
}
#Cab
{
    background-color: #ABC;
    border: 2px dashed #fff;
}"""
for line in css.splitlines():
    if not line.startswith("#"):
        for m in re.findall(r"#(?:[0-9a-fA-F]{3}){1,2}\b", line):
            print(m)

# detect floating point number
for s in ["4.0O0", "-1.00", "+4.54", "SomeRandomStuff", ".5", "1.", "-.7e3"]:
    print(s, bool(re.match(r"^[+-]?\d*\.\d+$", s)))

# re.split / group(s) / start end
print(re.split(r"[.,]", "100,000,000.000"))
m = re.search(r"([a-zA-Z0-9])\1+", "..12345678910111213141516171820212223")
print(m.group(1) if m else -1, m)
print([(m.start(), m.end() - 1) for m in re.finditer(r"(?=(aa))", "aaadaa")])
print([(m.start(1), m.end(1) - 1) for m in re.finditer(r"(?=(aa))", "aaadaa")])
m = re.match(r"(\w+)@(\w+)\.(\w+)", "username@hackerrank.com")
print(m.groups(), m.group(0), m.group(1, 3), m.span(2), m.groupdict())
m = re.match(r"(?P<user>\w+)@(?P<site>\w+)", "jo@example")
print(m.groupdict(), m["user"], m.lastgroup, m.lastindex)

# validating roman numerals, postal codes, credit cards
rom = r"M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[VX]|V?I{0,3})$"
print([bool(re.match(rom, r)) for r in ["CDXXI", "MMMM", "XIIII", "MCMXCIV"]])
code = "110000"
print(bool(re.match(r"^[1-9][\d]{5}$", code)) and len(re.findall(r"(\d)(?=\d\1)", code)) < 2)
for card in ["4123456789123456", "5123-4567-8912-3456", "61234-567-8912-3456", "4123356789123456",
             "5133-3367-8912-3456", "5123 - 3567 - 8912 - 3456"]:
    ok = re.match(r"^[456]\d{3}(-?)\d{4}\1\d{4}\1\d{4}$", card) and not re.search(r"(\d)\1{3}", card.replace("-", ""))
    print("Valid" if ok else "Invalid")
print(re.sub(r"\d", "#", "a1b22c333", count=4), re.subn(r"a", "A", "banana"), re.escape("a.b*c"))
print(re.compile(r"\bthe\b", re.I).findall("The other the THE"), re.compile(r"x+", re.I | re.M))
