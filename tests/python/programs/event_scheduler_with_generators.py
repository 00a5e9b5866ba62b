def ticker(name, interval, count):
    for i in range(count):
        yield (interval, f"{name} tick {i}")
def scheduler(tasks):
    clock = 0
    ready = [(0, i, t) for i, t in enumerate(tasks)]
    while ready:
        ready.sort()
        wake, idx, task = ready.pop(0)
        clock = wake
        try:
            delay, msg = next(task)
        except StopIteration:
            print(f"[{clock:3}] task {idx} finished")
            continue
        print(f"[{clock:3}] {msg}")
        ready.append((clock + delay, idx, task))
    return clock
end = scheduler([ticker("fast", 2, 4), ticker("slow", 5, 2), ticker("once", 1, 1)])
print("ended at", end)
