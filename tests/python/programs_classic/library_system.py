from datetime import date, timedelta


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.available = True

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

    def __str__(self):
        status = "in" if self.available else "out"
        return f"[{status:>3}] {self.title} by {self.author} ({self.year})"

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)

    def __lt__(self, other):
        return (self.author, self.year) < (other.author, other.year)


class Member:
    MAX_LOANS = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}

    def __repr__(self):
        return f"Member({self.name!r}, loans={len(self.loans)})"


class LibraryError(Exception):
    pass


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name):
        self.members[name] = Member(name)
        return self.members[name]

    def checkout(self, name, isbn, when):
        m, b = self.members[name], self.books[isbn]
        if not b.available:
            raise LibraryError(f"{b.title!r} is already checked out")
        if len(m.loans) >= m.MAX_LOANS:
            raise LibraryError(f"{name} already has {len(m.loans)} books")
        b.available = False
        m.loans[isbn] = when + timedelta(days=14)
        return m.loans[isbn]

    def give_back(self, name, isbn, when):
        m = self.members[name]
        due = m.loans.pop(isbn)
        self.books[isbn].available = True
        late = (when - due).days
        return max(0, late) * self.FINE_PER_DAY

    def search(self, text):
        text = text.lower()
        return sorted(b for b in self.books.values() if text in b.title.lower() or text in b.author.lower())


lib = Library()
lib.add(Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
        Book("333", "Persuasion", "Austen", 1817), Book("444", "Neuromancer", "Gibson", 1984))
for n in ("ann", "bob"):
    lib.join(n)
start = date(2024, 3, 1)
actions = [("checkout", "ann", "111", 0), ("checkout", "bob", "111", 1), ("checkout", "ann", "222", 2),
           ("checkout", "ann", "333", 3), ("return", "ann", "111", 20), ("checkout", "bob", "111", 21),
           ("return", "ann", "222", 10), ("return", "bob", "111", 40)]
for act, who, isbn, day in actions:
    when = start + timedelta(days=day)
    try:
        if act == "checkout":
            due = lib.checkout(who, isbn, when)
            print(f"{when:%b %d}: {who} borrows {lib.books[isbn].title}, due {due:%b %d}")
        else:
            fine = lib.give_back(who, isbn, when)
            print(f"{when:%b %d}: {who} returns {lib.books[isbn].title}, fine ${fine:.2f}")
    except LibraryError as e:
        print(f"{when:%b %d}: refused: {e}")
for b in sorted(lib.books.values()):
    print(b)
print(lib.search("austen"), lib.search("x"), lib.members)
print(len({Book("111", "x", "y", 1), lib.books["111"]}), Book("9", "a", "b", 1) in lib.books.values())
lib.give_back("ann", "999", start)
