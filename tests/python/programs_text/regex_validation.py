import re
VALIDATORS = {
    "email": re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$"),
    "phone": re.compile(r"^\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$"),
    "date": re.compile(r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])$"),
    "ipv4": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$"),
    "hexcolor": re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$"),
    "password": re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$"),
    "username": re.compile(r"^(?!.*__)[a-z][a-z0-9_]{2,15}(?<!_)$"),
}
SAMPLES = {
    "email": ["a@b.co", "first.last+tag@sub.example.org", "bad@", "@bad.com", "a@b.c", "spaces in@x.com"],
    "phone": ["555-123-4567", "(555) 123 4567", "+1 555.123.4567", "5551234567", "55-1234-567"],
    "date": ["2024-02-29", "2024-13-01", "1999-12-31", "2024-00-10", "24-01-01"],
    "ipv4": ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4"],
    "hexcolor": ["#fff", "#A1B2C3", "#abcd", "fff", "#ggg"],
    "password": ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "ALLUPPER1!", "ok Pass1?"],
    "username": ["bob", "al", "a_b_c", "a__b", "trailing_", "9lives", "x" * 17],
}
for kind, pat in VALIDATORS.items():
    print(f"[{kind}] {pat.pattern[:50]}")
    for s in SAMPLES[kind]:
        m = pat.match(s)
        extra = ""
        if m and m.groups():
            extra = m.groupdict() or m.groups()
        print(f"   {s!r:<36} {'valid' if m else 'INVALID':<8} {extra}")
def normalize_phone(s):
    m = VALIDATORS["phone"].match(s)
    if not m:
        raise ValueError(f"invalid phone number: {s!r}")
    cc, a, b, c = m.groups()
    return f"+{cc or '1'} ({a}) {b}-{c}"
for s in ["555-123-4567", "+44 555 123 4567"]:
    print(normalize_phone(s))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567890 and 12345 and 999"))
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the regex", re.I))
print(re.sub(r"\s{2,}", " ", "too    many     spaces   here").strip(), re.sub(r"^\s+|\s+$", "", "  trim me  "))
normalize_phone("12")
