rooms = {
    "hall": {"desc": "A long hall. Doors lead north and east.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty shelves line the walls.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "It smells of old bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
state = {"room": "hall", "inventory": [], "moves": 0}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
def describe():
    r = rooms[state["room"]]
    print(f"== {state['room'].upper()} ==")
    print(r["desc"])
    if r["items"]:
        print("You see:", ", ".join(r["items"]))
    print("Exits:", " ".join(sorted(r["exits"])))
def handle(line):
    words = line.strip().lower().split(maxsplit=1)
    if not words:
        return "Say something."
    verb, rest = words[0], (words[1] if len(words) > 1 else "")
    verb = ALIASES.get(verb, verb)
    if verb in ("north", "south", "east", "west", "up", "down"):
        verb, rest = "go", verb
    if verb == "go":
        dest = rooms[state["room"]]["exits"].get(rest)
        if dest is None:
            return f"You can't go {rest or 'nowhere'}."
        if dest == "cellar" and "lamp" not in state["inventory"]:
            return "It's too dark to go down without a lamp."
        state["room"] = dest
        state["moves"] += 1
        describe()
        return None
    if verb in ("take", "get"):
        items = rooms[state["room"]]["items"]
        if rest == "all":
            taken, items[:] = items[:], []
            state["inventory"].extend(taken)
            return "Taken: " + (", ".join(taken) or "nothing")
        if rest in items:
            items.remove(rest)
            state["inventory"].append(rest)
            return f"Taken {rest}."
        return f"There is no {rest!r} here."
    if verb in ("i", "inventory"):
        inv = state["inventory"]
        return "You carry: " + (", ".join(sorted(inv)) if inv else "nothing") + f" ({len(inv)} item{'s' if len(inv) != 1 else ''})"
    if verb == "look":
        describe()
        return None
    return f"I don't understand {line.strip()!r}."
script = ["look", "take lamp", "e", "d", "take treasure", "u", "w", "n", "take all", "i", "go west", "dance wildly", "", "s", "take sword", "inventory"]
describe()
for cmd in script:
    print(f"\n> {cmd}")
    reply = handle(cmd)
    if reply:
        print(reply)
print(f"\nMoves: {state['moves']}; score: {len(state['inventory']) * 10:03d}/{40:>4}")
