ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def do(self, line):
        verb, _, arg = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = exits[direction]
        return self.cmd_look("")
    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."
    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
g = Game()
for cmd in ["look", "go east", "go down", "go west", "take lamp", "take sword", "go north", "take key",
            "dance", "go south", "go east", "go down", "take treasure", "inventory"]:
    print(f"> {cmd}\n{g.do(cmd)}")
print("moves:", g.moves)
