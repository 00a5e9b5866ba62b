CODES = {c: str(d) for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]) for c in letters}

def soundex(name):
    name = name.lower()
    first = name[0]
    digits = []
    prev = CODES.get(first)
    for ch in name[1:]:
        code = CODES.get(ch)
        if code is None:
            continue
        if code != "0" and code != prev:
            digits.append(code)
        if ch not in "hw":
            prev = code
    return (first.upper() + "".join(digits) + "000")[:4]

for n in ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Lee", "Gutierrez", "Jackson", "VanDeusen"]:
    print(f"{n:10} {soundex(n)}")
