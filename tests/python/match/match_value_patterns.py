class Color:
    RED = "red"
    GREEN = "green"
import math
def check(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case math.pi:
            return "is pi"
        case _:
            return "no"
print(check("red"), check("green"), check(math.pi), check("blue"))
RED = "red"
match "red":
    case RED:
        print("capture pattern binds anything:", RED)
