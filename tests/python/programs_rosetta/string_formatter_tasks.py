import string
print(string.capwords("hello   world  of python"), string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map(Default(name="Bob")))
f = string.Formatter()
print(list(f.parse("a{0}b{x!r:>5}c{{")), f.format("{0:^7}|{1}", "mid", [1]), f.vformat("{a}", (), {"a": 1}))
print("ab cd".title(), "  strip\t\n".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "a\nb\r\nc".splitlines(keepends=True))
print("abc".partition("b"), "abc".rpartition("z"), "hello".startswith(("he", "x")), "prefix_name".removeprefix("prefix_"), "f.py".removesuffix(".py"))
print("Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1), "ab".join("123"), "%".join(["a"]), "x".isidentifier(), "1x".isidentifier())
print("ﬃ".casefold(), "ΣΑΣ".lower(), "a\u0301".isalpha(), "café"[::-1], "tab\tsep".split(), "  lead".lstrip(), "a,b,,c".split(","))
print(sorted(["b", "B", "a", "A", "_", "1"]), "abc" < "abd" < "b", "Z" < "a", min("hello"), max("hello", key=ord))
print("%s" % [1, "a"], "%5.1s|" % "xyz", str(b"x"), str(None), "{:>{w}.{p}}".format("abcdef", w=6, p=3))
