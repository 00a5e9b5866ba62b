class Book:
    def __init__(self, title, author, year):
        self.title, self.author, self.year = title, author, year
    def __str__(self):
        return f"'{self.title}' by {self.author} ({self.year})"
    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"

b = Book("Dune", "Herbert", 1965)
print(b)
print(repr(b))
print([b])
print(f"{b}", f"{b!r}", "%s | %r" % (b, b))
print(str([b, b]))
print("{0} / {0!r}".format(b))
class Plain:
    pass
p = Plain()
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at"))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
