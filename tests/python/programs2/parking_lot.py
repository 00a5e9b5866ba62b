class Vehicle:
    size = 1
    def __init__(self, plate):
        self.plate = plate
    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"

class Motorcycle(Vehicle):
    size = 1

class Car(Vehicle):
    size = 2

class Bus(Vehicle):
    size = 4

class ParkingLot:
    def __init__(self, spots):
        self.spots = [None] * spots
        self.where = {}
        self.revenue = 0

    def _find_run(self, n):
        run = 0
        for i, s in enumerate(self.spots):
            run = run + 1 if s is None else 0
            if run == n:
                return i - n + 1
        return -1

    def park(self, vehicle, hour):
        start = self._find_run(vehicle.size)
        if start < 0:
            return f"no room for {vehicle}"
        for i in range(start, start + vehicle.size):
            self.spots[i] = vehicle
        self.where[vehicle.plate] = (start, hour, vehicle)
        return f"{vehicle} parked at {start}"

    def leave(self, plate, hour):
        if plate not in self.where:
            raise KeyError(plate)
        start, arrived, vehicle = self.where.pop(plate)
        for i in range(start, start + vehicle.size):
            self.spots[i] = None
        hours = max(1, hour - arrived)
        fee = hours * 2 * vehicle.size
        self.revenue += fee
        return f"{vehicle} left after {hours}h, fee ${fee}"

    def render(self):
        return "".join("." if s is None else type(s).__name__[0] for s in self.spots)

lot = ParkingLot(10)
events = [
    ("park", Car("AB-1"), 8), ("park", Bus("BUS-7"), 8), ("park", Motorcycle("M-3"), 9),
    ("park", Car("CD-2"), 9), ("leave", "BUS-7", 12), ("park", Bus("BUS-9"), 13),
    ("park", Car("EF-5"), 13), ("leave", "AB-1", 15), ("leave", "ZZ-0", 15), ("park", Car("EF-5"), 16),
]
for action, arg, hour in events:
    try:
        msg = lot.park(arg, hour) if action == "park" else lot.leave(arg, hour)
    except KeyError as e:
        msg = f"unknown plate {e}"
    print(f"{hour:02d}:00 {msg:<40} [{lot.render()}]")
print("revenue:", lot.revenue)
print("occupied:", sorted(lot.where))
