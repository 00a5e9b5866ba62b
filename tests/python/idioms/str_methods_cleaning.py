raw = ["  Alice ", "BOB", "carol\n", "\tdave smith  "]
clean = [r.strip().title() for r in raw]
print(clean)
print([c.center(12, ".") for c in clean])
print("hello world".capitalize(), "Hello World".swapcase())
print("a-b-c".replace("-", "", 1), "aaa".replace("a", "b"))
print("   x".lstrip(), "x   ".rstrip() + "|", "xxhixx".strip("x"))
print("report.final.pdf".removesuffix(".pdf"), "unittest".removeprefix("unit"))
print("42".zfill(5), "-42".zfill(5), "abc".ljust(6, "_") + "|", "abc".rjust(6) + "|")
print("Tab\there".expandtabs(4))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("o"))
print("Hello".startswith(("He", "X")), "file.py".endswith((".txt", ".py")))
print("ab" * 3, "-" * 10)
print("The Quick Brown".lower().split())
