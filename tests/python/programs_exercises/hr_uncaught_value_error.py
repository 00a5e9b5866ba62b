# HackerRank "Exceptions": the last input line is not a number
lines = ["1 0", "2 $", "3 1", "10 3"]
for line in lines:
    a, b = line.split()
    try:
        print(int(a) // int(b))
    except (ZeroDivisionError, ValueError) as e:
        print("Error Code:", e)


def parse_all(tokens):
    return [int(t) for t in tokens]


print(parse_all(["1", "2", "3"]))
print(parse_all(["4", "five", "6"]))
