from abc import ABC, abstractmethod


class Vehicle(ABC):
    wheels = 0
    registry = []

    def __init__(self, make, model, year, price):
        self.make, self.model, self.year = make, model, year
        self._price = price
        Vehicle.registry.append(self)

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("price cannot be negative")
        self._price = round(value, 2)

    @abstractmethod
    def fuel(self):
        pass

    def describe(self):
        return f"{self.year} {self.make} {self.model} ({type(self).__name__}, {self.wheels} wheels, {self.fuel()})"

    def __str__(self):
        return f"{self.make} {self.model}"

    def __repr__(self):
        return f"{type(self).__name__}({self.make!r}, {self.model!r}, {self.year}, {self._price})"

    @staticmethod
    def depreciate(price, years, rate=0.15):
        return price * (1 - rate) ** years

    @classmethod
    def count(cls):
        return sum(1 for v in Vehicle.registry if isinstance(v, cls))


class Car(Vehicle):
    wheels = 4

    def fuel(self):
        return "petrol"


class ElectricCar(Car):
    def __init__(self, make, model, year, price, range_km):
        super().__init__(make, model, year, price)
        self.range_km = range_km

    def fuel(self):
        return f"electric, {self.range_km} km"


class Motorbike(Vehicle):
    wheels = 2

    def fuel(self):
        return "petrol"

    def describe(self):
        return super().describe() + " - helmet required"


class Truck(Vehicle):
    wheels = 6

    def __init__(self, *args, payload_t=10, **kwargs):
        super().__init__(*args, **kwargs)
        self.payload_t = payload_t

    def fuel(self):
        return "diesel"


fleet = [Car("Toyota", "Corolla", 2018, 15000), ElectricCar("Tesla", "Model 3", 2021, 42000, 500),
         Motorbike("Honda", "CB500", 2020, 6500), Truck("Volvo", "FH16", 2015, 90000, payload_t=25)]
for v in fleet:
    print(v.describe())
print([str(v) for v in fleet])
print(repr(fleet[1]))
print(Vehicle.count(), Car.count(), ElectricCar.count(), Motorbike.count(), Truck.count())
for v in sorted(fleet, key=lambda v: v.price, reverse=True):
    now = Vehicle.depreciate(v.price, 2024 - v.year)
    print(f"{str(v):<18} bought {v.price:>9,.2f} worth {now:>10,.2f} ({now / v.price:.1%})")
fleet[0].price = 14999.999
print(fleet[0].price, isinstance(fleet[1], Car), issubclass(Truck, Car), ElectricCar.__mro__[1:3])
print(ElectricCar.__bases__, Car.wheels, ElectricCar.wheels, fleet[3].payload_t, vars(fleet[2]))
try:
    fleet[2].price = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Vehicle("x", "y", 2000, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(super(ElectricCar, fleet[1]).fuel(), Car.fuel(fleet[1]))
