class Task:
    _ids = 0
    def __init__(self, title, priority=2, tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title, self.priority, self.tags, self.done = title, priority, list(tags), False
    def __str__(self):
        mark = "x" if self.done else " "
        tags = f" [{', '.join(self.tags)}]" if self.tags else ""
        return f"[{mark}] #{self.id} (p{self.priority}) {self.title}{tags}"
class TodoList:
    def __init__(self):
        self.tasks = []
    def add(self, *args, **kw):
        t = Task(*args, **kw)
        self.tasks.append(t)
        return t
    def complete(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                t.done = True
                return True
        return False
    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (t.priority, t.id))
    def by_tag(self):
        out = {}
        for t in self.tasks:
            for tag in t.tags:
                out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))
    def summary(self):
        done = sum(t.done for t in self.tasks)
        return f"{done}/{len(self.tasks)} done ({done / len(self.tasks):.0%})"
todo = TodoList()
todo.add("write tests", 1, ["dev"])
todo.add("buy milk", 3, ["home"])
todo.add("fix parser bug", 1, ["dev", "urgent"])
todo.add("call mom", 2, ["home"])
todo.add("read book")
print(todo.complete(3), todo.complete(99))
for t in todo.tasks:
    print(t)
print("pending:")
for t in todo.pending():
    print(" ", t)
print(todo.by_tag())
print(todo.summary())
