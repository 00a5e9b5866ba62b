class TrieNode:
    __slots__ = ("children", "count", "end")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = 0

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.words = 0

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += weight
        if not node.end:
            self.words += 1
        node.end += weight

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix, limit=3):
        node = self._find(prefix)
        if node is None:
            return []
        results = []
        def walk(n, path):
            if n.end:
                results.append((n.end, prefix + path))
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)
        walk(node, "")
        results.sort(key=lambda t: (-t[0], t[1]))
        return [w for _, w in results[:limit]]

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.end)

queries = """the then there their they them this that these those thin think thing things
the the the then they they this this this that that that that think think car card care
careful cart carbon cargo""".split()
t = Trie()
for q in queries:
    t.insert(q)
print("distinct words:", t.words)
for prefix in ["th", "the", "thi", "car", "care", "x", ""]:
    print(f"{prefix!r:7} -> {t.complete(prefix)}")
print("them" in t, "th" in t, "cargo" in t, "cargos" in t)
node = t._find("th")
print("words starting with 'th' (weighted):", node.count)
