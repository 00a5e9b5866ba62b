# Tutorial 4.6: match statements, literals, captures, classes, guards, enums.
from dataclasses import dataclass
from enum import Enum

def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"

for s in (400, 404, 418, 401, 403, 500):
    print(s, http_error(s))

def where(point):
    match point:
        case (0, 0):
            return "Origin"
        case (0, y):
            return f"Y={y}"
        case (x, 0):
            return f"X={x}"
        case (x, y):
            return f"X={x}, Y={y}"
        case _:
            raise ValueError("Not a point")

for p in [(0, 0), (0, 3), (4, 0), (1, 2)]:
    print(where(p))
try:
    where("xy z")
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Point:
    x: int
    y: int

def classify(point):
    match point:
        case Point(x=0, y=0):
            return "Origin is the point's location."
        case Point(x=0, y=y):
            return f"Y={y} and the point is on the y-axis."
        case Point(x=x, y=0):
            return f"X={x} and the point is on the x-axis."
        case Point(x, y) if x == y:
            return f"Y=X at {x}"
        case Point():
            return "The point is located somewhere else on the plane."
        case _:
            return "Not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), 7]:
    print(classify(p))

def points(pts):
    match pts:
        case []:
            return "No points"
        case [Point(x=0, y=0)]:
            return "The origin"
        case [Point(x=x, y=y)]:
            return f"Single point {x}, {y}"
        case [Point(x=0, y=y1), Point(x=0, y=y2)]:
            return f"Two on the Y axis at {y1}, {y2}"
        case _:
            return "Something else"

print(points([]), points([Point(0, 0)]), points([Point(1, 2)]))
print(points([Point(0, 1), Point(0, 2)]), points([Point(1, 1)] * 3))

class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'

for name in ('red', 'green', 'blue'):
    color = Color(name)
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")

for command in [{"action": "go", "dir": "north"}, {"action": "drop", "items": ["a", "b"]},
                ["go", "east"], ["pick", "up", "sword", "shield"], "quit"]:
    match command:
        case {"action": "go", "dir": d}:
            print("mapping go", d)
        case {"action": "drop", **rest}:
            print("mapping drop", rest)
        case ["go", ("north" | "east") as direction]:
            print("seq go", direction)
        case ["pick", "up", *objs]:
            print("pick up", objs)
        case str() as s:
            print("string", s)
