def run(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "take lamp key", "take", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", run(c))
