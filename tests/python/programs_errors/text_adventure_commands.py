# A tiny text adventure's command dispatcher; bad commands produce errors that are reported.
class GameError(Exception):
    pass

class Room:
    def __init__(self, name, exits, items):
        self.name, self.exits, self.items = name, exits, list(items)

ROOMS = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", {"south": "hall"}, ["book", "scroll"]),
    "kitchen": Room("kitchen", {"west": "hall"}, []),
}

class Player:
    def __init__(self):
        self.room = ROOMS["hall"]
        self.inventory = []
    def go(self, direction):
        try:
            self.room = ROOMS[self.room.exits[direction]]
        except KeyError:
            raise GameError(f"you can't go {direction} from the {self.room.name}") from None
        return f"you are in the {self.room.name}"
    def take(self, item):
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"taken: {item}"
    def drop(self, item):
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"dropped: {item}"
    def use(self, item, times):
        return f"used {item} {int(times)} times"

player = Player()
SCRIPT = ["go north", "take book", "take sword", "go up", "drop lamp", "go south", "take lamp",
          "use lamp 3", "use lamp three", "use lamp", "dance", "go", "take", "look around", "drop book",
          "go east", "go east", ""]
for line in SCRIPT:
    verb, *args = line.split() or [""]
    try:
        handler = getattr(player, verb)
        print(f"> {line:18} {handler(*args)}")
    except GameError as e:
        print(f"> {line:18} GameError: {e}")
    except AttributeError as e:
        print(f"> {line:18} unknown verb ({e})")
    except TypeError as e:
        print(f"> {line:18} TypeError: {e}")
    except ValueError as e:
        print(f"> {line:18} ValueError: {e}")
print("inventory:", player.inventory, "room:", player.room.name, player.room.items)
player.take("ghost")
