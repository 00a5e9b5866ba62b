from typing import List


class Solution:
    def calculate(self, s: str) -> int:
        """Basic Calculator I: + - ( ) and unary minus."""
        stack, num, sign, res = [], 0, 1, 0
        for ch in s:
            if ch.isdigit():
                num = num * 10 + int(ch)
            elif ch in "+-":
                res += sign * num
                num, sign = 0, (1 if ch == "+" else -1)
            elif ch == "(":
                stack.append((res, sign))
                res, sign = 0, 1
            elif ch == ")":
                res += sign * num
                num = 0
                prev, psign = stack.pop()
                res = prev + psign * res
        return res + sign * num

    def calculate2(self, s: str) -> int:
        """Basic Calculator II: + - * / with truncation toward zero."""
        stack, num, op = [], 0, "+"
        for i, ch in enumerate(s + "+"):
            if ch.isdigit():
                num = num * 10 + int(ch)
            elif ch in "+-*/":
                if op == "+":
                    stack.append(num)
                elif op == "-":
                    stack.append(-num)
                elif op == "*":
                    stack.append(stack.pop() * num)
                else:
                    stack.append(int(stack.pop() / num))
                op, num = ch, 0
        return sum(stack)

    def diffWaysToCompute(self, expr: str) -> List[int]:
        if expr.isdigit():
            return [int(expr)]
        out = []
        for i, ch in enumerate(expr):
            if ch in "+-*":
                for a in self.diffWaysToCompute(expr[:i]):
                    for b in self.diffWaysToCompute(expr[i + 1:]):
                        out.append(a + b if ch == "+" else a - b if ch == "-" else a * b)
        return sorted(out)

    def addOperators(self, num: str, target: int) -> List[str]:
        out = []

        def bt(i, path, value, last):
            if i == len(num):
                if value == target:
                    out.append(path)
                return
            for j in range(i + 1, len(num) + 1):
                part = num[i:j]
                if len(part) > 1 and part[0] == "0":
                    break
                v = int(part)
                if i == 0:
                    bt(j, part, v, v)
                else:
                    bt(j, path + "+" + part, value + v, v)
                    bt(j, path + "-" + part, value - v, -v)
                    bt(j, path + "*" + part, value - last + last * v, last * v)

        bt(0, "", 0, 0)
        return out


s = Solution()
for e in ["1 + 1", " 2-1 + 2 ", "(1+(4+5+2)-3)+(6+8)", "-(2+3)", "1-(     -2)", "2147483647"]:
    print(f"{e!r:26} {s.calculate(e)}")
for e in ["3+2*2", " 3/2 ", " 3+5 / 2 ", "14-3/2", "0-7/2*3", "100*100*100"]:
    print(f"{e!r:26} {s.calculate2(e.replace(' ', ''))}")
print(s.diffWaysToCompute("2-1-1"), s.diffWaysToCompute("2*3-4*5"))
print(s.addOperators("123", 6), s.addOperators("232", 8), s.addOperators("105", 5), s.addOperators("1234", 10), s.addOperators("00", 0))
print(int(-7 / 2), -7 // 2, int(7 / -2), round(-3.5), round(-2.5), int("-0"), -0 == 0)
