s = "hello World FOO bar"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), "ß".casefold(), "ǅ".lower(), "İ".lower() == "i̇")
print("they're bill's".title(), "hello_world-foo bar2baz".title())
print("ABC".islower(), "abc".islower(), "Abc".istitle(), "ABC".isupper(), "abc1".islower(), "123".isupper())
print("ÉCOLE".lower(), "straße".upper())
