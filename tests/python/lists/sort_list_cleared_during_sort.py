# While list.sort() runs the list looks empty. Clearing it (or assigning an empty
# slice) from a comparison changes nothing, so the sort finishes quietly; adding
# items is a modification and raises ValueError, and the sorted items come back.
class Item:
    def __init__(self, owner, value, action):
        self.owner = owner
        self.value = value
        self.action = action

    def __lt__(self, other):
        if self.action is not None:
            self.action(self.owner)
            self.action = None
        return self.value < other.value

    def __repr__(self):
        return "I%d" % self.value


def run(label, action):
    data = []
    data.extend(Item(data, v, action if v == 3 else None) for v in (5, 3, 9, 1, 7))
    try:
        data.sort()
        print(label, "sorted:", data)
    except ValueError as e:
        print(label, "ValueError:", e, data)


def seen_empty(lst):
    print("inside sort the list has", len(lst), "items:", lst)


run("peek", seen_empty)
run("clear", lambda lst: lst.clear())
run("empty slice", lambda lst: lst.__setitem__(slice(None), []))
run("del slice", lambda lst: lst.__delitem__(slice(None)))
run("append", lambda lst: lst.append(0))
run("append+pop", lambda lst: (lst.append(0), lst.pop()))
run("extend empty", lambda lst: lst.extend([]))
