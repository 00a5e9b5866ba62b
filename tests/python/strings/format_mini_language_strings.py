print(format("abc", ""), format("abc", "5"), format("abc", ">5"), format("abc", "^6"), format("abc", ".2"), format("abcdef", "^8.3"))
print(repr(format("", "3")), format("é", "*^5"), format("😀", "-<3"))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format("abc", "=5")
except ValueError as e:
    print(e)
