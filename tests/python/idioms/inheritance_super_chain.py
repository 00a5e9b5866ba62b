class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
    def describe(self):
        return super().describe() + f" (age {self.age})"

class Cat(Animal):
    def speak(self):
        return "meow"

for a in [Animal("thing"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.describe())
print(Puppy.__mro__)
print(isinstance(Puppy("x", 2), Animal), issubclass(Cat, Dog))
