print("aaaa".count("aa"), "ababab".count("aba"), "".count(""), "abc".count(""), "abc".count("", 1, 2))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "".find(""))
print("a" in "", "" in "abc", "" in "")
