# FIFO queue using a list and a read index (no collections)
queue = []
head = 0
for job in ["build", "test", "deploy"]:
    queue.append(job)
while head < len(queue):
    job = queue[head]
    head += 1
    print("running", job)
    if job == "test":
        queue.append("report")
print("all done:", queue[head:], len(queue))

# round robin
tasks = [["a", 3], ["b", 1], ["c", 2]]
order = []
while tasks:
    name, left = tasks.pop(0)
    order.append(name)
    if left > 1:
        tasks.append([name, left - 1])
print("".join(order))
