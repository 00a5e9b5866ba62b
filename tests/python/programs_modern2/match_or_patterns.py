# Or-patterns: alternatives must bind the same names.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["quit" | "exit" | "bye"]:
            return "bye"
        case [("pick" | "take"), "up", item] | [("pick" | "take"), item, "up"]:
            return f"picked {item}"
        case [("drop" | "put"), *items] if items:
            return f"dropped {', '.join(items)}"
        case _:
            return f"unknown: {cmd!r}"


for c in ["go north", "go up", "quit", "bye", "pick up lamp", "take sword up", "drop a b c", "drop"]:
    print(classify(c))

for value in [0, 1, 2, 3.0, "3", None, True]:
    match value:
        case 0 | 1:
            print(value, "-> zero or one")
        case 2 | 3:
            print(value, "-> two or three")
        case None | True:
            print(value, "-> singleton")
        case _:
            print(repr(value), "-> other")
