# A small library system: custom exception hierarchy, error codes, and a final unhandled error.
class LibraryError(Exception):
    code = "E000"
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"

class BookNotFound(LibraryError, KeyError):
    code = "E404"

class AlreadyBorrowed(LibraryError):
    code = "E409"
    def __init__(self, title, who):
        super().__init__(f"{title!r} is already borrowed by {who}")
        self.title, self.who = title, who

class LimitReached(LibraryError):
    code = "E429"

class Library:
    LIMIT = 2
    def __init__(self, titles):
        self.books = {t: None for t in titles}
        self.loans = {}
    def borrow(self, who, title):
        if title not in self.books:
            raise BookNotFound(title)
        if self.books[title] is not None:
            raise AlreadyBorrowed(title, self.books[title])
        if len(self.loans.get(who, [])) >= self.LIMIT:
            raise LimitReached(f"{who} already has {self.LIMIT} books")
        self.books[title] = who
        self.loans.setdefault(who, []).append(title)
    def give_back(self, who, title):
        try:
            self.loans[who].remove(title)
        except KeyError:
            raise LibraryError(f"{who} has no loans") from None
        except ValueError as e:
            raise LibraryError(f"{who} did not borrow {title!r}") from e
        self.books[title] = None

lib = Library(["Dune", "Emma", "Ulysses", "Beloved"])
actions = [("borrow", "ann", "Dune"), ("borrow", "bob", "Dune"), ("borrow", "ann", "Emma"),
           ("borrow", "ann", "Ulysses"), ("borrow", "cy", "Hamlet"), ("give_back", "bob", "Dune"),
           ("give_back", "ann", "Beloved"), ("give_back", "ann", "Dune"), ("borrow", "bob", "Dune")]
for action, who, title in actions:
    try:
        getattr(lib, action)(who, title)
        print(f"{action:9} {who:4} {title:8} ok")
    except BookNotFound as e:
        print(f"{action:9} {who:4} {title:8} {type(e).__name__}: {e} | args={e.args} | KeyError? {isinstance(e, KeyError)}")
    except LibraryError as e:
        cause = f" (cause: {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""
        print(f"{action:9} {who:4} {title:8} {type(e).__name__}: {e}{cause}")
print(lib.books)
print(lib.loans)
print([c.__name__ for c in BookNotFound.__mro__])
try:
    raise BookNotFound("x")
except KeyError as e:
    print("caught as KeyError:", repr(e), str(e))
lib.borrow("dee", "Emma")
