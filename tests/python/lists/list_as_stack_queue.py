stack = []
for i in range(4):
    stack.append(i)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
