from typing import Optional, List


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        parts = []
        node = self
        while node:
            parts.append(str(node.val))
            node = node.next
        return "ListNode(" + " -> ".join(parts) + ")"


def build(values: List[int]) -> Optional[ListNode]:
    dummy = ListNode()
    cur = dummy
    for v in values:
        cur.next = ListNode(v)
        cur = cur.next
    return dummy.next


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev

    def mergeTwoLists(self, a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        return dummy.next

    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False

    def middleNode(self, head: ListNode) -> ListNode:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow

    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n + 1):
            fast = fast.next
        while fast:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return dummy.next

    def addTwoNumbers(self, l1, l2):
        dummy = cur = ListNode()
        carry = 0
        while l1 or l2 or carry:
            s = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            carry, d = divmod(s, 10)
            cur.next = ListNode(d)
            cur = cur.next
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return dummy.next


s = Solution()
print(build([1, 2, 3, 4, 5]))
print(s.reverseList(build([1, 2, 3, 4, 5])))
print(s.reverseList(None))
print(s.mergeTwoLists(build([1, 2, 4]), build([1, 3, 4])))
cyc = build([3, 2, 0, -4])
cyc.next.next.next.next = cyc.next
print(s.hasCycle(cyc), s.hasCycle(build([1, 2])))
print(s.middleNode(build([1, 2, 3, 4, 5, 6])))
print(s.removeNthFromEnd(build([1, 2, 3, 4, 5]), 2))
print(s.removeNthFromEnd(build([1]), 1))
print(s.addTwoNumbers(build([2, 4, 3]), build([5, 6, 4])))
print(s.addTwoNumbers(build([9, 9, 9, 9]), build([9, 9])))
print([build([i, i + 1]) for i in range(3)])
print(repr(ListNode(7)), str(ListNode(8)))
