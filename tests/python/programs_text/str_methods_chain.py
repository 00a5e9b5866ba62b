records = ["  alice SMITH , 34 , london  ", "BOB jones,  27,PARIS", " carol  de la cruz ,51 , new york city", "dave,  ,  ", ",,"]
for raw in records:
    parts = [p.strip() for p in raw.split(",")]
    name, age, city = (parts + ["", "", ""])[:3]
    name = " ".join(w.capitalize() for w in name.split())
    age = int(age) if age.isdigit() else None
    city = city.title() if city else "?"
    print(f"{name or '<unnamed>':<20}|{age if age is not None else '-':>4}|{city:^16}|")
s = "Mississippi"
print(s.lower().count("ss"), s.replace("ss", "SS", 1), s.find("ss", 3), s.rfind("ss"), s.index("pp"), s.partition("ss"), s.rpartition("ss"))
print(s.upper().lower().title().swapcase(), s.center(17, "~"), s[::2], s[1::3], s[-3:], s[:-8], sorted(set(s)), s.strip("Mi"), s.lstrip("Mis"), s.rstrip("pi"))
print("-".join(s), "".join(reversed(s)), s.split("s"), s.split("s", 2), s.rsplit("s", 2), s.split("i", -1), s.splitlines())
print("{:*^21}".format(s), "%-14s|" % s, s.ljust(3), s.zfill(13), s.encode("ascii").hex(), s.casefold() == "MISSISSIPPI".casefold())
print(s.startswith("Miss"), s.startswith(("x", "Mis"), 0, 3), s.endswith("pi", 0, -1), s.isalpha(), s.istitle(), s[0].isupper(), s.isascii())
word_list = "the rain in spain stays mainly in the plain".split()
print(sorted(word_list, key=len), sorted(word_list, key=lambda w: (-len(w), w)), max(word_list, key=len), min(word_list))
print([w for w in word_list if "ain" in w], {w: word_list.count(w) for w in sorted(set(word_list))}, " ".join(w[::-1] for w in word_list))
print(" ".join(word_list).title(), " ".join(word_list).capitalize(), str.upper("x"), list(map(str.strip, [" a ", "b "])))
print(str.join(", ", ["a", "b"]), str.split("a b"), str.__len__("abc"), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(2))
print("abc" < "abd", "Z" < "a", "é" > "z", "abc" < "ab", ["b", "B", "a", "A", "é", "_"].__len__(), sorted(["b", "B", "a", "A", "é", "_", "1"]))
