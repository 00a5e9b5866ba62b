class BSTNode:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

    def __repr__(self):
        return f"BSTNode({self.key})"


class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        if self.root is None:
            self.root = BSTNode(key)
            self.size += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BSTNode(key))
                self.size += 1
                return
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            stack.extend(c for c in (n.right, n.left) if c)

    def postorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.postorder(node.left)
            yield from self.postorder(node.right)
            yield node.key

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def height(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __len__(self):
        return self.size

    def __iter__(self):
        return self.inorder()

    def min(self):
        cur = self.root
        if cur is None:
            raise ValueError("min() of empty tree")
        while cur.left:
            cur = cur.left
        return cur.key

    def pretty(self, node="root", prefix="", is_left=True):
        node = self.root if node == "root" else node
        if node is None:
            return
        if node.right:
            self.pretty(node.right, prefix + ("│   " if is_left else "    "), False)
        print(prefix + ("└── " if is_left else "┌── ") + str(node.key))
        if node.left:
            self.pretty(node.left, prefix + ("    " if is_left else "│   "), True)


t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30])
print("size", len(t), "height", t.height())
print("in  ", list(t.inorder()))
print("pre ", list(t.preorder()))
print("post", list(t.postorder()))
print("bfs ", list(t.levels()))
print(35 in t, 36 in t, t.min(), max(t), sorted(t, reverse=True)[:3])
t.pretty()
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), words.height(), words.root, words.root.left)
print(list(BST().levels()), BST().height())
BST().min()
