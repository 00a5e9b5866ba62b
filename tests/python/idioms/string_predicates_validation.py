def classify(s):
    tags = []
    for name in ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isdecimal", "isnumeric"]:
        if getattr(s, name)():
            tags.append(name[2:])
    return tags

for s in ["123", "abc", "abc123", "   ", "ABC", "Title Case", "_var1", "", "½", "x y"]:
    print(f"{s!r:14} {classify(s)}")

def valid_username(u):
    return 3 <= len(u) <= 12 and u[0].isalpha() and all(c.isalnum() or c == "_" for c in u)
for u in ["bob", "b", "9lives", "good_name", "bad-name", "averyveryverylongname"]:
    print(u, valid_username(u))
