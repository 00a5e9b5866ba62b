from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import defaultdict, Counter
from typing import Optional
from enum import IntEnum
import heapq

class Genre(IntEnum):
    FICTION = 1
    SCIENCE = 2
    HISTORY = 3

@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    author: str
    year: int
    genre: Genre
    isbn: Optional[str] = None
    def __post_init__(self):
        self.sort_key = (self.author.split()[-1].lower(), self.year)

books = [Book("Dune", "Frank Herbert", 1965, Genre.FICTION), Book("Cosmos", "Carl Sagan", 1980, Genre.SCIENCE),
         Book("SPQR", "Mary Beard", 2015, Genre.HISTORY, "978-1631492228"), Book("Contact", "Carl Sagan", 1985, Genre.FICTION),
         Book("The Gene", "Siddhartha Mukherjee", 2016, Genre.SCIENCE), Book("Children of Dune", "Frank Herbert", 1976, Genre.FICTION)]
for b in sorted(books):
    print(f"{b.author:<22}{b.year:>6}  {b.title:<18}{b.genre.name.title():>9}")
by_author = defaultdict(list)
for b in books:
    by_author[b.author].append(b.title)
print(dict(by_author))
print(Counter(b.genre for b in books), Counter(b.genre.name for b in books).most_common(1))
print(heapq.nsmallest(2, books, key=lambda b: b.year), [b.title for b in heapq.nlargest(2, books, key=lambda b: b.year)])
loans = {}
today = date(2024, 4, 10)
def lend(title, who, on):
    if title in loans:
        raise RuntimeError(f"{title!r} already lent to {loans[title][0]}")
    loans[title] = (who, on + timedelta(weeks=3))
lend("Dune", "ann", date(2024, 3, 1))
lend("SPQR", "bob", date(2024, 3, 25))
try:
    lend("Dune", "cy", today)
except RuntimeError as e:
    print(type(e).__name__, e)
for title, (who, due) in sorted(loans.items()):
    late = (today - due).days
    fine = max(0, late) * 0.25
    print(f"{title:<6}{who:<5}{due:%d/%m}{'LATE' if late > 0 else 'ok':>6}{fine:>7.2f}")
decades = Counter(b.year // 10 * 10 for b in books)
print(sorted(decades.items()), [f"{d}s" for d in sorted(decades)])
print(Genre.SCIENCE > Genre.FICTION, Genre(3), [g for g in Genre if g != Genre.SCIENCE], Genre.HISTORY.value)
isbn = [b.isbn for b in books if b.isbn]
print(isbn, isbn[0].replace("-", "")[-4:], sum(int(c) for c in isbn[0] if c.isdigit()))
print(books[0] == Book("Dune", "Frank Herbert", 1965, Genre.FICTION), books[0] < books[1])
print(next(b for b in books if b.year > 2020))
