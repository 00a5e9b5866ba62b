class Animal:
    diet = "omnivore"
    daily_food_kg = 1.0
    sound = "..."
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.hunger = 0
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def eat(self, food, kg):
        if food not in self.accepts():
            raise ValueError(f"{self.name} won't eat {food}")
        self.hunger = max(0, self.hunger - kg * 10)
        return kg
    def accepts(self):
        return {"carnivore": {"meat", "fish"}, "herbivore": {"hay", "fruit"}, "omnivore": {"meat", "fruit", "fish", "hay"}}[self.diet]
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.age})"

class Lion(Animal):
    diet, daily_food_kg, sound = "carnivore", 7.0, "ROAR"

class Elephant(Animal):
    diet, daily_food_kg, sound = "herbivore", 70.0, "toot"
    def speak(self):
        return super().speak().upper()

class Penguin(Animal):
    diet, daily_food_kg, sound = "carnivore", 1.5, "squawk"
    def accepts(self):
        return {"fish"}

class Bear(Animal):
    daily_food_kg, sound = 10.0, "growl"

zoo = [Lion("Leo", 8), Elephant("Ella", 30), Penguin("Pingu", 3), Penguin("Pororo", 5), Bear("Baloo", 12)]
for a in zoo:
    print(a.speak())
stock = {"meat": 30.0, "fish": 5.0, "hay": 100.0, "fruit": 20.0}
for day in range(1, 4):
    print(f"-- day {day}")
    for a in sorted(zoo, key=lambda a: (a.diet, a.name)):
        a.hunger += 10 * a.daily_food_kg
        for food in sorted(a.accepts(), key=lambda f: -stock[f]):
            need = a.daily_food_kg
            if stock[food] >= need:
                try:
                    stock[food] -= a.eat(food, need)
                    print(f"  {a.name:<7} ate {need:>5.1f} kg {food}")
                except ValueError as e:
                    print("  error:", e)
                break
        else:
            print(f"  {a.name:<7} went hungry (hunger {a.hunger:.0f})")
    print("  stock:", {k: round(v, 1) for k, v in stock.items()})
by_diet = {}
for a in zoo:
    by_diet.setdefault(a.diet, []).append(a.name)
print(by_diet)
print(sorted(zoo, key=lambda a: -a.age)[:2])
try:
    zoo[0].eat("hay", 1)
except ValueError as e:
    print("error:", e)
