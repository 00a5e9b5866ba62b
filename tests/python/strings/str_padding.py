print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
