class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, key, val):
        if self.root is None:
            self.root = self._Node(key, val)
            self.n += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.val = val
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, val))
                self.n += 1
                return
            node = child
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def __len__(self):
        return self.n
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
t = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    t[word] = t[word] + 1 if word in t else 1
print(list(t), len(t), t.height())
print(t["the"], t["fox"], "cat" in t)
try:
    t["cat"]
except KeyError as e:
    print("KeyError", e)
nums = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums[k] = k * k
print(list(nums), nums.height(), [nums[k] for k in (20, 45, 80)])
