from collections import deque
from typing import Optional, List


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


def from_level(values):
    if not values or values[0] is None:
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


def to_level(root):
    out, q = [], deque([root])
    while q:
        node = q.popleft()
        if node:
            out.append(node.val)
            q.append(node.left)
            q.append(node.right)
        else:
            out.append(None)
    while out and out[-1] is None:
        out.pop()
    return out


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        res, q = [], deque([root] if root else [])
        while q:
            res.append([n.val for n in q])
            q = deque(c for n in q for c in (n.left, n.right) if c)
        return res

    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        return [level[-1] for level in self.levelOrder(root)]

    def zigzag(self, root):
        return [lvl if i % 2 == 0 else lvl[::-1] for i, lvl in enumerate(self.levelOrder(root))]

    def maxDepth(self, root: Optional[TreeNode]) -> int:
        return 0 if not root else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

    def invertTree(self, root):
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root

    def isValidBST(self, root, lo=float("-inf"), hi=float("inf")) -> bool:
        if not root:
            return True
        if not lo < root.val < hi:
            return False
        return self.isValidBST(root.left, lo, root.val) and self.isValidBST(root.right, root.val, hi)

    def lowestCommonAncestor(self, root, p, q):
        if root in (None, p, q):
            return root
        l = self.lowestCommonAncestor(root.left, p, q)
        r = self.lowestCommonAncestor(root.right, p, q)
        return root if l and r else l or r

    def pathSum(self, root, target):
        out = []

        def dfs(node, path, rem):
            if not node:
                return
            path.append(node.val)
            if not node.left and not node.right and rem == node.val:
                out.append(list(path))
            dfs(node.left, path, rem - node.val)
            dfs(node.right, path, rem - node.val)
            path.pop()

        dfs(root, [], target)
        return out


s = Solution()
root = from_level([3, 9, 20, None, None, 15, 7])
print(s.levelOrder(root))
print(s.rightSideView(root), s.zigzag(root), s.maxDepth(root))
print(to_level(s.invertTree(from_level([4, 2, 7, 1, 3, 6, 9]))))
print(s.isValidBST(from_level([2, 1, 3])), s.isValidBST(from_level([5, 1, 4, None, None, 3, 6])))
t = from_level([3, 5, 1, 6, 2, 0, 8, None, None, 7, 4])
print(s.lowestCommonAncestor(t, t.left, t.right), s.lowestCommonAncestor(t, t.left, t.left.right.right))
print(s.pathSum(from_level([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1]), 22))
print(s.levelOrder(None), to_level(None) if False else [])
print(to_level(from_level([1, None, 2, 3])))
