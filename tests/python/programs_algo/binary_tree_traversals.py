from collections import deque
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
    def __repr__(self):
        return f"TreeNode({self.val})"
def build(values):
    if not values:
        return None
    it = iter(values)
    root = TreeNode(next(it))
    q = deque([root])
    while q:
        node = q.popleft()
        for side in ("left", "right"):
            try:
                v = next(it)
            except StopIteration:
                return root
            if v is not None:
                child = TreeNode(v)
                setattr(node, side, child)
                q.append(child)
    return root
root = build([3, 9, 20, None, None, 15, 7, 1])
def preorder(n):
    return [n.val] + preorder(n.left) + preorder(n.right) if n else []
def inorder(n):
    yield from (inorder(n.left) if n else ())
    if n:
        yield n.val
        yield from inorder(n.right)
def postorder_iter(n):
    out, stack = [], [n] if n else []
    while stack:
        node = stack.pop()
        out.append(node.val)
        stack.extend(c for c in (node.left, node.right) if c)
    return out[::-1]
def level_order(n):
    levels, q = [], deque([n] if n else [])
    while q:
        levels.append([x.val for x in q])
        for _ in range(len(q)):
            x = q.popleft()
            q.extend(c for c in (x.left, x.right) if c)
    return levels
print(preorder(root), list(inorder(root)), postorder_iter(root), level_order(root))
def depth(n):
    return 1 + max(depth(n.left), depth(n.right)) if n else 0
def is_balanced(n):
    def h(n):
        if not n:
            return 0
        l, r = h(n.left), h(n.right)
        if l < 0 or r < 0 or abs(l - r) > 1:
            return -1
        return 1 + max(l, r)
    return h(n) >= 0
print(depth(root), is_balanced(root), is_balanced(build([1, 2, None, 3, None, 4])))
def paths(n, acc=""):
    if not n:
        return []
    acc += str(n.val)
    if not n.left and not n.right:
        return [acc]
    return paths(n.left, acc + "->") + paths(n.right, acc + "->")
print(paths(root))
def serialize(n):
    return f"({serialize(n.left)} {n.val} {serialize(n.right)})" if n else "-"
print(serialize(root))
def mirror(n):
    if n:
        n.left, n.right = mirror(n.right), mirror(n.left)
    return n
print(level_order(mirror(build([1, 2, 3, 4, 5, 6, 7]))))
def lca(n, a, b):
    if not n or n.val in (a, b):
        return n
    l, r = lca(n.left, a, b), lca(n.right, a, b)
    return n if l and r else l or r
t = build([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
print(lca(t, 5, 1), lca(t, 7, 4), lca(t, 6, 4).val, lca(t, 99, 98))
def width(n):
    best, q = 0, deque([(n, 0)])
    while q:
        best = max(best, q[-1][1] - q[0][1] + 1)
        for _ in range(len(q)):
            node, i = q.popleft()
            if node.left:
                q.append((node.left, 2 * i))
            if node.right:
                q.append((node.right, 2 * i + 1))
    return best
print(width(t), width(root))
def pretty(n, prefix="", is_left=True, out=None):
    out = [] if out is None else out
    if n:
        pretty(n.right, prefix + ("│   " if is_left else "    "), False, out)
        out.append(prefix + ("└── " if is_left else "┌── ") + str(n.val))
        pretty(n.left, prefix + ("    " if is_left else "│   "), True, out)
    return out
print("\n".join(pretty(root)))
