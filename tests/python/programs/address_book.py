class Contact:
    def __init__(self, name, phone=None, email=None, **extra):
        self.name, self.phone, self.email, self.extra = name, phone, email, extra
    def matches(self, query):
        q = query.lower()
        return any(q in str(v).lower() for v in (self.name, self.phone, self.email, *self.extra.values()) if v)
    def __repr__(self):
        fields = [self.name]
        if self.phone: fields.append(self.phone)
        if self.email: fields.append(self.email)
        fields += [f"{k}={v}" for k, v in sorted(self.extra.items())]
        return "Contact(" + ", ".join(fields) + ")"
class AddressBook:
    def __init__(self):
        self._contacts = {}
    def add(self, contact):
        key = contact.name.lower()
        if key in self._contacts:
            raise ValueError(f"{contact.name} already exists")
        self._contacts[key] = contact
    def __getitem__(self, name):
        return self._contacts[name.lower()]
    def search(self, q):
        return [c for c in self if c.matches(q)]
    def __iter__(self):
        return iter(sorted(self._contacts.values(), key=lambda c: c.name))
    def __len__(self):
        return len(self._contacts)
book = AddressBook()
book.add(Contact("Zed", "555-0100", city="Oslo"))
book.add(Contact("amy", email="amy@example.org"))
book.add(Contact("Bo", "555-0199", "bo@example.com", city="Lima", team="red"))
try:
    book.add(Contact("AMY"))
except ValueError as e:
    print("error:", e)
print(len(book), list(book))
print(book["bo"], book.search("555"), book.search("example"), book.search("oslo"))
try:
    book["nobody"]
except KeyError as e:
    print("KeyError", e)
