class Room:
    def __init__(self, number, kind, rate):
        self.number, self.kind, self.rate = number, kind, rate
        self.bookings = []

    def is_free(self, start, end):
        return all(end <= s or start >= e for s, e, _ in self.bookings)

    def book(self, start, end, guest):
        self.bookings.append((start, end, guest))
        self.bookings.sort()

class BookingError(Exception):
    pass

class Hotel:
    def __init__(self, name):
        self.name = name
        self.rooms = {}

    def add_room(self, number, kind, rate):
        self.rooms[number] = Room(number, kind, rate)

    def reserve(self, guest, kind, start, end):
        if end <= start:
            raise BookingError(f"bad dates {start}-{end}")
        for number in sorted(self.rooms):
            room = self.rooms[number]
            if room.kind == kind and room.is_free(start, end):
                room.book(start, end, guest)
                return room.number, (end - start) * room.rate
        raise BookingError(f"no {kind} room free for nights {start}-{end}")

    def occupancy(self, night):
        return sorted(r.number for r in self.rooms.values()
                      if any(s <= night < e for s, e, _ in r.bookings))

h = Hotel("Grand")
for num, kind, rate in [(101, "single", 80), (102, "single", 80), (201, "double", 120), (301, "suite", 300)]:
    h.add_room(num, kind, rate)

requests = [("ann", "single", 1, 4), ("bob", "single", 2, 3), ("cy", "single", 3, 5),
            ("dee", "double", 1, 8), ("eve", "double", 5, 6), ("fay", "suite", 4, 4),
            ("gus", "suite", 2, 9)]
income = 0
for guest, kind, s, e in requests:
    try:
        room, cost = h.reserve(guest, kind, s, e)
        income += cost
        print(f"{guest:>4}: room {room}, nights {s}-{e}, ${cost}")
    except BookingError as err:
        print(f"{guest:>4}: FAILED - {err}")
print("income", income)
for night in range(1, 9):
    print(f"night {night}: {h.occupancy(night)}")
for r in h.rooms.values():
    print(r.number, [g for _, _, g in r.bookings])
