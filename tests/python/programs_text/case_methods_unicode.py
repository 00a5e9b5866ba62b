# title/capitalize/swapcase/casefold/upper/lower with non-ASCII
words = ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "ß straße", "ﬁne ﬂow", "ǆemal ǅ ǄX",
         "iİıI", "ΣΑΣ σας ΌΣΟΣ", "123abc DEF", "o'neil mc-donald", "émile zola", "ŉ", "ᾳ ᾼ"]
for w in words:
    print(repr(w))
    print("   title     ", repr(w.title()))
    print("   capitalize", repr(w.capitalize()))
    print("   swapcase  ", repr(w.swapcase()))
    print("   casefold  ", repr(w.casefold()))
    print("   upper     ", repr(w.upper()))
    print("   lower     ", repr(w.lower()))
    print("   istitle", w.istitle(), "isupper", w.isupper(), "islower", w.islower())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "STRASSE".casefold())
print("ΌΣΟΣ".lower(), "ΣΑ".lower(), "Σ".lower(), "AΣ b".lower(), "AΣ.".lower())
print(b"hello World".title(), b"abc".upper(), b"\xe9abc".upper(), b"Ab".swapcase(), b"hello".capitalize())
print("".title(), "".capitalize(), "a".title(), "1a".capitalize(), "ABC".capitalize())
