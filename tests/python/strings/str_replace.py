print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello world".replace("o", "0").replace("l", "1"))
print("a.b.c".replace(".", ""), "mississippi".replace("ss", "SS", 1))
