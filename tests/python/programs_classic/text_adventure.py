ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
            self.inventory.remove("key")
            self.room = target
            return "You unlock the door with the key. " + self.look()
        self.room = target
        return self.look()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def command(self, line):
        self.moves += 1
        verb, _, noun = line.strip().lower().partition(" ")
        handlers = {
            "look": lambda: self.look(),
            "go": lambda: self.go(noun),
            "take": lambda: self.take(noun),
            "inventory": lambda: "You carry: " + (", ".join(sorted(self.inventory)) or "nothing"),
        }
        handler = handlers.get(verb)
        if handler is None:
            return f"I don't understand {verb!r}."
        return handler()


game = Game()
script = ["look", "take lamp", "go down", "go east", "go down", "go west", "go north", "take key", "take sword",
          "inventory", "dance", "go south", "go east", "go down", "take treasure", "look"]
for line in script:
    if game.over:
        print("(game over, ignoring", repr(line) + ")")
        continue
    print(f"> {line}")
    print("  " + game.command(line))
print(f"finished in {game.moves} moves with {game.inventory}")
