class Item:
    loan_days = 21
    daily_fine = 0.25
    max_fine = 10.0
    def __init__(self, code, title):
        self.code, self.title = code, title
        self.borrower = None
        self.due = None
    def kind(self):
        return type(self).__name__.lower()

class Book(Item):
    pass

class DVD(Item):
    loan_days = 7
    daily_fine = 1.0
    max_fine = 25.0

class Reference(Item):
    loan_days = 0

class LibraryError(Exception):
    pass

class Library:
    def __init__(self):
        self.items = {}
        self.fines = {}
        self.log = []
    def add(self, item):
        self.items[item.code] = item
    def checkout(self, code, member, day):
        item = self.items.get(code)
        if item is None:
            raise LibraryError(f"no item {code}")
        if item.loan_days == 0:
            raise LibraryError(f"{item.title!r} is reference only")
        if item.borrower:
            raise LibraryError(f"{item.title!r} already out to {item.borrower}")
        if self.fines.get(member, 0) > 5:
            raise LibraryError(f"{member} owes {self.fines[member]:.2f}")
        item.borrower, item.due = member, day + item.loan_days
        self.log.append((day, "out", code, member))
        return item.due
    def checkin(self, code, day):
        item = self.items[code]
        if not item.borrower:
            raise LibraryError(f"{item.title!r} is not checked out")
        late = max(0, day - item.due)
        fine = min(late * item.daily_fine, item.max_fine)
        if fine:
            self.fines[item.borrower] = self.fines.get(item.borrower, 0) + fine
        self.log.append((day, "in", code, item.borrower))
        member = item.borrower
        item.borrower = item.due = None
        return member, late, fine

lib = Library()
for it in [Book("B1", "Dune"), Book("B2", "Emma"), DVD("D1", "Alien"), Reference("R1", "Atlas")]:
    lib.add(it)
actions = [("out", "B1", "ann", 1), ("out", "D1", "ann", 1), ("out", "B1", "bob", 2), ("out", "R1", "bob", 2),
           ("in", "D1", None, 20), ("out", "B2", "ann", 21), ("in", "B1", None, 30), ("out", "B2", "bob", 31),
           ("in", "B2", None, 99), ("in", "B2", None, 100), ("out", "X9", "cy", 100)]
for act, code, member, day in actions:
    try:
        if act == "out":
            due = lib.checkout(code, member, day)
            print(f"day {day:3d}: {member} borrows {code}, due day {due}")
        else:
            who, late, fine = lib.checkin(code, day)
            print(f"day {day:3d}: {who} returns {code}, {late} days late, fine {fine:.2f}")
    except LibraryError as e:
        print(f"day {day:3d}: refused - {e}")
print("fines:", {k: round(v, 2) for k, v in sorted(lib.fines.items())})
print("log entries:", len(lib.log), [it.kind() for it in lib.items.values()])
