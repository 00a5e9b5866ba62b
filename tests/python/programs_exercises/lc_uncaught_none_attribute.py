from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def build(vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head


class Solution:
    def getKth(self, head: Optional[ListNode], k: int) -> int:
        for _ in range(k):
            head = head.next
        return head.val


s = Solution()
lst = build([10, 20, 30])
print(s.getKth(lst, 0), s.getKth(lst, 2))
print(s.getKth(lst, 3))
