class FSError(Exception):
    pass

class Dir:
    def __init__(self, name, parent=None):
        self.name, self.parent, self.children = name, parent, {}

class File:
    def __init__(self, name, content=""):
        self.name, self.content = name, content

class FS:
    def __init__(self):
        self.root = Dir("")
        self.cwd = self.root

    def _resolve(self, path, want_parent=False):
        node = self.root if path.startswith("/") else self.cwd
        parts = [p for p in path.split("/") if p and p != "."]
        if want_parent:
            parts, last = parts[:-1], parts[-1] if parts else None
        for p in parts:
            if p == "..":
                node = node.parent or node
            elif isinstance(node, Dir) and p in node.children:
                node = node.children[p]
            else:
                raise FSError(f"no such file or directory: {path}")
        return (node, last) if want_parent else node

    def path_of(self, node):
        parts = []
        while node.parent:
            parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))

    def run(self, line):
        cmd, *args = line.split(maxsplit=2)
        if cmd == "mkdir":
            parent, name = self._resolve(args[0], want_parent=True)
            if name in parent.children:
                raise FSError(f"exists: {args[0]}")
            parent.children[name] = Dir(name, parent)
        elif cmd == "cd":
            node = self._resolve(args[0])
            if not isinstance(node, Dir):
                raise FSError(f"not a directory: {args[0]}")
            self.cwd = node
        elif cmd == "write":
            parent, name = self._resolve(args[0], want_parent=True)
            parent.children[name] = File(name, args[1] if len(args) > 1 else "")
        elif cmd == "cat":
            node = self._resolve(args[0])
            if isinstance(node, Dir):
                raise FSError(f"is a directory: {args[0]}")
            return node.content
        elif cmd == "ls":
            node = self._resolve(args[0] if args else ".")
            return "  ".join(n + ("/" if isinstance(c, Dir) else "") for n, c in sorted(node.children.items()))
        elif cmd == "pwd":
            return self.path_of(self.cwd)
        elif cmd == "rm":
            parent, name = self._resolve(args[0], want_parent=True)
            if name not in parent.children:
                raise FSError(f"no such file: {args[0]}")
            del parent.children[name]
        elif cmd == "du":
            return str(self.du(self._resolve(args[0] if args else ".")))
        else:
            raise FSError(f"unknown command {cmd}")
        return None

    def du(self, node):
        if isinstance(node, File):
            return len(node.content)
        return sum(self.du(c) for c in node.children.values())

fs = FS()
session = """mkdir /home
mkdir /home/ann
cd /home/ann
write notes.txt buy milk and eggs
mkdir projects
write projects/readme.md # Project X
cd projects
pwd
ls
cat readme.md
cd ..
ls
cat projects
cd ../../..
pwd
ls home/ann
mkdir /home
rm /home/ann/notes.txt
ls /home/ann
cat /nope
du /
frobnicate now"""
for line in session.splitlines():
    try:
        out = fs.run(line)
        print(f"$ {line}" + (f"\n{out}" if out is not None else ""))
    except FSError as e:
        print(f"$ {line}\nerror: {e}")
