from typing import Optional


class TreeNode:
    def __init__(self, x, left=None, right=None):
        self.val = x
        self.left = left
        self.right = right

    def __repr__(self):
        if not self.left and not self.right:
            return f"TreeNode({self.val})"
        return f"TreeNode({self.val}, {self.left!r}, {self.right!r})"

    def __eq__(self, other):
        return isinstance(other, TreeNode) and (self.val, self.left, self.right) == (other.val, other.left, other.right)


class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []

        def pre(n):
            if n is None:
                out.append("#")
                return
            out.append(str(n.val))
            pre(n.left)
            pre(n.right)

        pre(root)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        it = iter(data.split(","))

        def build():
            v = next(it)
            if v == "#":
                return None
            return TreeNode(int(v), build(), build())

        return build()


class Solution:
    def buildTree(self, preorder, inorder):
        idx = {v: i for i, v in enumerate(inorder)}
        pre = iter(preorder)

        def go(lo, hi):
            if lo > hi:
                return None
            v = next(pre)
            return TreeNode(v, go(lo, idx[v] - 1), go(idx[v] + 1, hi))

        return go(0, len(inorder) - 1)

    def sortedArrayToBST(self, nums):
        if not nums:
            return None
        m = len(nums) // 2
        return TreeNode(nums[m], self.sortedArrayToBST(nums[:m]), self.sortedArrayToBST(nums[m + 1:]))

    def inorder(self, root):
        return self.inorder(root.left) + [root.val] + self.inorder(root.right) if root else []

    def kthSmallest(self, root, k):
        stack = []
        while True:
            while root:
                stack.append(root)
                root = root.left
            root = stack.pop()
            k -= 1
            if not k:
                return root.val
            root = root.right

    def diameter(self, root):
        best = 0

        def h(n):
            nonlocal best
            if not n:
                return 0
            l, r = h(n.left), h(n.right)
            best = max(best, l + r)
            return 1 + max(l, r)

        h(root)
        return best

    def printTree(self, root):
        def height(n):
            return 0 if not n else 1 + max(height(n.left), height(n.right))

        hgt = height(root)
        w = 2 ** hgt - 1
        res = [[""] * w for _ in range(hgt)]

        def fill(n, r, lo, hi):
            if n:
                mid = (lo + hi) // 2
                res[r][mid] = str(n.val)
                fill(n.left, r + 1, lo, mid - 1)
                fill(n.right, r + 1, mid + 1, hi)

        fill(root, 0, 0, w - 1)
        return res


c = Codec()
s = Solution()
t = s.buildTree([3, 9, 20, 15, 7], [9, 3, 15, 20, 7])
print(t)
data = c.serialize(t)
print(data, c.deserialize(data) == t, c.serialize(None), c.deserialize("#"))
bst = s.sortedArrayToBST(list(range(1, 8)))
print(bst)
print(s.inorder(bst), [s.kthSmallest(bst, k) for k in (1, 4, 7)], s.diameter(t), s.diameter(bst))
for row in s.printTree(bst):
    print("|".join(f"{x:^3}" for x in row))
print(TreeNode(1) == TreeNode(1), TreeNode(1) != TreeNode(2), TreeNode(1) == 1, [TreeNode(5)])
