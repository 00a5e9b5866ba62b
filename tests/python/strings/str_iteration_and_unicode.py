s = "añ😀b"
print(list(s), len(s), [len(c.encode()) for c in s])
print(s[2], s.index("b"), s.find("😀"), s[::-1])
print("😀" * 3, "x😀y".split("😀"), "😀".isalpha(), "😀" < "😁")
print(sorted("cba😀a"), max("a😀"), s.upper())
