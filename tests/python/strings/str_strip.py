print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("\t\n hi \r\x0b".strip()), repr("".strip()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
