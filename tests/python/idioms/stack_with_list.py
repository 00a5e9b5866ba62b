def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))

stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print(stack.pop(), end=" ")
print()
