class Robot:
    """Robots keep a population count; __del__ runs when the last reference goes."""

    population = 0

    def __init__(self, name):
        self.name = name
        Robot.population += 1
        print(f"(Initializing {self.name})")

    def __del__(self):
        Robot.population -= 1
        if Robot.population == 0:
            print(f"{self.name} was the last one.")
        else:
            print(f"{self.name} is being destroyed; {Robot.population} left.")

    def say_hi(self):
        print(f"Greetings, my masters call me {self.name}.")

    @classmethod
    def how_many(cls):
        print(f"We have {cls.population} robots.")


droid1 = Robot("R2-D2")
droid1.say_hi()
Robot.how_many()
droid2 = Robot("C-3PO")
droid2.say_hi()
Robot.how_many()
print("\nRobots can do some work here.\n")
print("Robots have finished their work. So let's destroy them.")
del droid1
del droid2
Robot.how_many()


def build_team(names):
    team = [Robot(n) for n in names]
    print("team of", len(team))
    return team[0]


leader = build_team(["Bender", "Marvin", "Data"])
print("leader:", leader.name)
Robot.how_many()
leader = None
Robot.how_many()
spare = Robot("Wall-E")
spare = Robot("Eve")
Robot.how_many()
