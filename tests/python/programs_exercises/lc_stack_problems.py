from typing import List


class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in pairs:
                if not stack or stack.pop() != pairs[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack

    def dailyTemperatures(self, temps: List[int]) -> List[int]:
        ans = [0] * len(temps)
        stack = []
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] < t:
                j = stack.pop()
                ans[j] = i - j
            stack.append(i)
        return ans

    def evalRPN(self, tokens: List[str]) -> int:
        st = []
        ops = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: int(a / b),
        }
        for tok in tokens:
            if tok in ops:
                b, a = st.pop(), st.pop()
                st.append(ops[tok](a, b))
            else:
                st.append(int(tok))
        return st[0]

    def largestRectangleArea(self, heights: List[int]) -> int:
        stack, best = [], 0
        for i, h in enumerate(heights + [0]):
            start = i
            while stack and stack[-1][1] >= h:
                start, hh = stack.pop()
                best = max(best, hh * (i - start))
            stack.append((start, h))
        return best

    def decodeString(self, s: str) -> str:
        stack, cur, num = [], "", 0
        for ch in s:
            if ch.isdigit():
                num = num * 10 + int(ch)
            elif ch == "[":
                stack.append((cur, num))
                cur, num = "", 0
            elif ch == "]":
                prev, k = stack.pop()
                cur = prev + cur * k
            else:
                cur += ch
        return cur

    def simplifyPath(self, path: str) -> str:
        parts = []
        for p in path.split("/"):
            if p == "..":
                if parts:
                    parts.pop()
            elif p and p != ".":
                parts.append(p)
        return "/" + "/".join(parts)


class MinStack:
    def __init__(self):
        self.items = []

    def push(self, x: int) -> None:
        self.items.append((x, min(x, self.items[-1][1]) if self.items else x))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]

    def __repr__(self):
        return f"MinStack({[x for x, _ in self.items]})"


s = Solution()
print([s.isValid(x) for x in ["()", "()[]{}", "(]", "([)]", "{[]}", "", "(("]])
print(s.dailyTemperatures([73, 74, 75, 71, 69, 72, 76, 73]))
print(s.evalRPN(["2", "1", "+", "3", "*"]), s.evalRPN(["4", "13", "5", "/", "+"]))
print(s.evalRPN(["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]))
print(s.evalRPN(["7", "-3", "/"]), 7 // -3, int(7 / -3), -7 % 3, 7 % -3)
print(s.largestRectangleArea([2, 1, 5, 6, 2, 3]), s.largestRectangleArea([2, 4]))
print(s.decodeString("3[a]2[bc]"), s.decodeString("3[a2[c]]"), s.decodeString("2[abc]3[cd]ef"))
print(s.simplifyPath("/home/"), s.simplifyPath("/../"), s.simplifyPath("/a/./b/../../c/"))
ms = MinStack()
for x in [-2, 0, -3]:
    ms.push(x)
print(ms, ms.getMin())
ms.pop()
print(ms, ms.top(), ms.getMin())
