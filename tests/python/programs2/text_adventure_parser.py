ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty shelves everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of old bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "l": "look", "i": "inventory"}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def parse(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "to")]
        if not words:
            return None, None
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words[0]
        return words[0], " ".join(words[1:]) or None

    def do(self, line):
        verb, obj = self.parse(line)
        handler = getattr(self, "do_" + (verb or ""), None)
        if handler is None:
            return f"I don't know how to {verb!r}." if verb else "Say something."
        self.moves += 1
        return handler(obj)

    def do_look(self, obj):
        r = ROOMS[self.room]
        items = f" You see: {', '.join(r['items'])}." if r["items"] else ""
        return f"[{self.room}] {r['desc']}{items} Exits: {', '.join(sorted(r['exits']))}."

    def do_go(self, direction):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door with the key. " + self.do_look(None)
        self.room = target
        return self.do_look(None)

    def do_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def do_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped {item}."

    def do_inventory(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing")

game = Game()
script = ["look", "get lamp", "n", "take the book", "grab key", "take key", "s", "east", "go down",
          "d", "take treasure", "i", "up", "drop book", "look", "dance", "", "west"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
print("moves:", game.moves, "score:", 10 * ("treasure" in game.inventory) + len(game.inventory))
