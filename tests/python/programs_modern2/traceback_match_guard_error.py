# An error raised inside a match guard, uncaught.
def classify(point):
    match point:
        case (x, y) if x / y > 1:
            return "steep"
        case (x, y):
            return "flat"


print(classify((4, 2)), classify((1, 2)))
print(classify((1, 0)))
