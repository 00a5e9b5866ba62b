s = "hello world"
print(list(s)[:5], s.split(), [c for c in s if c != " "], tuple(s[:3]), set("aab") == {"a", "b"})
print("".join(reversed(s)), "".join(sorted(s)).strip(), " ".join(s.split()[::-1]))
print(list(map(ord, "abc")), "".join(map(chr, [72, 105])), [int(d) for d in "2024"])
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
