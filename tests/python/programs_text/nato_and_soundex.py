NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split()))
def spell(s):
    return " ".join(NATO.get(c, {"0": "Zero", "1": "One", " ": "/"}.get(c, c)) for c in s.upper())
for w in ["SOS", "Weft 1.0", "hello world"]:
    print(f"{w!r}: {spell(w)}")
def soundex(name):
    codes = {c: str(d) for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]) for c in letters}
    name = "".join(c for c in name.lower() if c.isalpha())
    if not name:
        return ""
    first, digits, prev = name[0].upper(), [], codes.get(name[0])
    for c in name[1:]:
        d = codes.get(c)
        if d != "0" and d != prev:
            digits.append(d)
        if c not in "hw":
            prev = d
    return (first + "".join(digits) + "000")[:4]
names = ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Lee", "O'Hara", ""]
for n in names:
    print(f"{n!r:<12} {soundex(n)}")
groups = {}
for n in names:
    groups.setdefault(soundex(n), []).append(n)
print({k: v for k, v in sorted(groups.items()) if len(v) > 1})
print(max(NATO.values(), key=len), sorted(NATO.values(), key=len)[:3], sum(map(len, NATO.values())), "".join(v[0] for v in NATO.values()) == "".join(NATO))
