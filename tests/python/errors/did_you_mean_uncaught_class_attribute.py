# An AttributeError on a class object carries name and obj, so the uncaught traceback suggests
# the closest attribute of the class (looked up with the metaclass's __dir__).
class Inventory:
    default_location = "shelf"

    def add_item(self, item):
        return item


for obj, name in [(Inventory, "add_itme"), (Inventory, "default_locaton"), (int, "from_byte")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e, "|", e.name, e.obj)

Inventory.add_iten("widget")
