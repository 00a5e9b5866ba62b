class TrieNode:
    __slots__ = "children", "end", "count"

    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self._n = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            self._n += 1
        node.end = True

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.end)

    def starts_with(self, prefix):
        node = self._find(prefix)
        out = []

        def walk(n, acc):
            if n.end:
                out.append(prefix + acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        if node:
            walk(node, "")
        return out

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def __len__(self):
        return self._n

    def __iter__(self):
        yield from self.starts_with("")

    def __repr__(self):
        return f"Trie({len(self)} words)"

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.end:
            (ch, node), = node.children.items()
            out.append(ch)
        return "".join(out)


words = "car card care careful cart cat catalog dog dodge door do".split()
t = Trie(words)
t.insert("car")
print(t, len(t))
for p in ("car", "ca", "do", "x", "", "careful"):
    print(f"{p!r:10} {t.starts_with(p)} count={t.count_prefix(p)}")
print("cat" in t, "ca" in t, "catalogs" in t)
print(list(t)[:5], sorted(t, key=len)[-1])
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))
print(Trie(["interview", "internet", "internal"]).longest_common_prefix())
try:
    t.root.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(TrieNode.__slots__, hasattr(t.root, "__dict__"))
