class Command:
    def do(self, doc): raise NotImplementedError
    def undo(self, doc): raise NotImplementedError

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"

class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, ""
    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"

class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new, self.snapshot = old, new, None
    def do(self, doc):
        self.snapshot = doc.text
        doc.text = doc.text.replace(self.old, self.new)
    def undo(self, doc):
        doc.text = self.snapshot
    def __repr__(self):
        return f"Replace({self.old!r}, {self.new!r})"

class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
    def execute(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return f"undid {cmd!r}"
    def redo(self):
        if not self.redo_stack:
            return "nothing to redo"
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return f"redid {cmd!r}"

doc = Document()
script = [Insert(0, "Hello world"), Insert(5, ","), Insert(12, "!"), Delete(0, 5), Insert(0, "Goodbye"),
          "undo", "undo", "redo", Replace("o", "0"), "undo", "undo", "undo", "undo", "undo", "undo",
          "redo", "redo", Insert(0, ">> "), "redo"]
for step in script:
    if step == "undo":
        msg = doc.undo()
    elif step == "redo":
        msg = doc.redo()
    else:
        doc.execute(step)
        msg = f"did {step!r}"
    print(f"{msg:<32} |{doc.text}|")
print(len(doc.undo_stack), len(doc.redo_stack))
