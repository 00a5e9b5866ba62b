class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def insert(root, v):
    if root is None:
        return Tree(v)
    if v < root.value:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

def inorder(t):
    return inorder(t.left) + [t.value] + inorder(t.right) if t else []
def preorder(t):
    return [t.value] + preorder(t.left) + preorder(t.right) if t else []
def height(t):
    return 1 + max(height(t.left), height(t.right)) if t else 0
def level_order(t):
    out, level = [], [t] if t else []
    while level:
        out.append([n.value for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return out

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(inorder(root))
print(preorder(root))
print(height(root), level_order(root))
