class Repo:
    def __init__(self):
        self.commits = []
        self.branches = {"main": None}
        self.head = "main"
        self.staged = {}

    def _snapshot(self, commit_id):
        return dict(self.commits[commit_id]["files"]) if commit_id is not None else {}

    def add(self, name, content):
        self.staged[name] = content

    def remove(self, name):
        self.staged[name] = None

    def commit(self, message):
        if not self.staged:
            raise ValueError("nothing to commit")
        parent = self.branches[self.head]
        files = self._snapshot(parent)
        for name, content in self.staged.items():
            if content is None:
                files.pop(name, None)
            else:
                files[name] = content
        self.commits.append({"msg": message, "parent": parent, "files": files})
        cid = len(self.commits) - 1
        self.branches[self.head] = cid
        self.staged = {}
        return cid

    def branch(self, name):
        self.branches[name] = self.branches[self.head]

    def checkout(self, name):
        if name not in self.branches:
            raise KeyError(f"no branch {name}")
        self.head = name

    def log(self):
        cid = self.branches[self.head]
        out = []
        while cid is not None:
            out.append(f"{cid}: {self.commits[cid]['msg']}")
            cid = self.commits[cid]["parent"]
        return out

    def diff(self, a, b):
        fa, fb = self._snapshot(a), self._snapshot(b)
        lines = []
        for name in sorted(fa.keys() | fb.keys()):
            if name not in fa:
                lines.append(f"A {name}")
            elif name not in fb:
                lines.append(f"D {name}")
            elif fa[name] != fb[name]:
                lines.append(f"M {name}: {fa[name]!r} -> {fb[name]!r}")
        return lines

r = Repo()
r.add("README", "hello")
r.add("main.py", "print(1)")
c0 = r.commit("initial")
r.add("main.py", "print(2)")
c1 = r.commit("bump")
r.branch("feature")
r.checkout("feature")
r.add("feature.py", "x = 1")
r.remove("README")
c2 = r.commit("add feature, drop readme")
r.checkout("main")
r.add("README", "hello world")
c3 = r.commit("better readme")
for b in ("main", "feature"):
    r.checkout(b)
    print(b, r.log())
print(r.diff(c0, c1))
print(r.diff(c1, c2))
print(r.diff(c2, c3))
try:
    r.commit("empty")
except ValueError as e:
    print("error:", e)
try:
    r.checkout("nope")
except KeyError as e:
    print("error:", e)
print(sorted(r._snapshot(r.branches["feature"]).items()))
