class Member:
    def __init__(self, name, limit=2):
        self.name, self.limit, self.loans = name, limit, []
class Library:
    def __init__(self, titles):
        self.available = {t: c for t, c in titles}
        self.day = 0
        self.history = []
    def lend(self, member, title):
        if self.available.get(title, 0) == 0:
            return f"{title!r} unavailable"
        if len(member.loans) >= member.limit:
            return f"{member.name} is at the limit"
        self.available[title] -= 1
        member.loans.append((title, self.day + 14))
        self.history.append(("lend", member.name, title, self.day))
        return f"lent {title!r} to {member.name}, due day {self.day + 14}"
    def give_back(self, member, title):
        for i, (t, due) in enumerate(member.loans):
            if t == title:
                del member.loans[i]
                self.available[title] += 1
                fine = max(0, self.day - due) * 0.25
                self.history.append(("return", member.name, title, self.day))
                return f"{member.name} returned {title!r}" + (f", fine {fine:.2f}" if fine else "")
        return f"{member.name} does not have {title!r}"
lib = Library([("Dune", 1), ("Emma", 2)])
ann, bob = Member("Ann"), Member("Bob", limit=1)
print(lib.lend(ann, "Dune"))
print(lib.lend(bob, "Dune"))
print(lib.lend(bob, "Emma"))
print(lib.lend(bob, "Emma"))
lib.day = 20
print(lib.give_back(ann, "Dune"))
print(lib.give_back(ann, "Dune"))
lib.day = 10
print(lib.give_back(bob, "Emma"))
print(lib.available, len(lib.history), [h[0] for h in lib.history])
