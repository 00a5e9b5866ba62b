import math
class Book:
    def __init__(self, title, author, year, tags=()):
        self.title, self.author, self.year = title, author, year
        self.tags = set(tags)
    def __repr__(self):
        return f"<{self.title} ({self.year})>"
    def __lt__(self, other):
        return (self.author, self.year) < (other.author, other.year)
class Catalog:
    def __init__(self, books):
        self.books = list(books)
    def by_author(self):
        index = {}
        for b in sorted(self.books):
            index.setdefault(b.author, []).append(b)
        return index
    def search(self, *, tag=None, before=None, word=None):
        result = self.books
        if tag:
            result = [b for b in result if tag in b.tags]
        if before:
            result = [b for b in result if b.year < before]
        if word:
            result = [b for b in result if word.lower() in b.title.lower()]
        return sorted(result, key=lambda b: b.year)
    def decades(self):
        d = {}
        for b in self.books:
            d[b.year // 10 * 10] = d.get(b.year // 10 * 10, 0) + 1
        return dict(sorted(d.items()))
cat = Catalog([
    Book("Dune", "Herbert", 1965, ["scifi", "classic"]),
    Book("Neuromancer", "Gibson", 1984, ["scifi", "cyberpunk"]),
    Book("Emma", "Austen", 1815, ["classic", "romance"]),
    Book("Persuasion", "Austen", 1817, ["classic"]),
    Book("Count Zero", "Gibson", 1986, ["cyberpunk"]),
    Book("The Left Hand of Darkness", "Le Guin", 1969, ["scifi"]),
])
for author, books in cat.by_author().items():
    print(author, books)
print(cat.search(tag="classic"))
print(cat.search(tag="scifi", before=1980))
print(cat.search(word="the"))
print(cat.decades())
years = [b.year for b in cat.books]
print(min(years), max(years), math.floor(sum(years) / len(years)))
