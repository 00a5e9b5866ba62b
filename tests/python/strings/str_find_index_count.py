s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.count("hello"), s.count("l"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.find("", 100), "abc".find("c", -1), "abc".count("a", 1))
try:
    s.index("nope")
except ValueError as e:
    print(e)
print("hello" in s, s.startswith("hello"), s.endswith("python"), s.startswith(("x", "he")), s.endswith("lo", 0, 5))
print(s.startswith("world", 6), "".startswith(""))
