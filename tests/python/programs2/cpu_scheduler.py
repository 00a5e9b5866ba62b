PROCESSES = [("P1", 0, 8, 2), ("P2", 1, 4, 1), ("P3", 2, 9, 3), ("P4", 3, 5, 2), ("P5", 6, 2, 1)]

def fcfs(procs):
    t, timeline = 0, []
    for name, arrive, burst, _ in sorted(procs, key=lambda p: (p[1], p[0])):
        t = max(t, arrive)
        timeline.append((name, t, t + burst))
        t += burst
    return timeline

def sjf(procs):
    t, done, timeline = 0, set(), []
    while len(done) < len(procs):
        ready = [p for p in procs if p[1] <= t and p[0] not in done]
        if not ready:
            t = min(p[1] for p in procs if p[0] not in done)
            continue
        name, arrive, burst, _ = min(ready, key=lambda p: (p[2], p[1]))
        timeline.append((name, t, t + burst))
        t += burst
        done.add(name)
    return timeline

def round_robin(procs, quantum):
    remaining = {p[0]: p[2] for p in procs}
    arrivals = sorted(procs, key=lambda p: p[1])
    queue, timeline, t, idx = [], [], 0, 0
    while idx < len(arrivals) or queue:
        while idx < len(arrivals) and arrivals[idx][1] <= t:
            queue.append(arrivals[idx][0]); idx += 1
        if not queue:
            t = arrivals[idx][1]
            continue
        name = queue.pop(0)
        run = min(quantum, remaining[name])
        if timeline and timeline[-1][0] == name:
            timeline[-1] = (name, timeline[-1][1], t + run)
        else:
            timeline.append((name, t, t + run))
        t += run
        remaining[name] -= run
        while idx < len(arrivals) and arrivals[idx][1] <= t:
            queue.append(arrivals[idx][0]); idx += 1
        if remaining[name]:
            queue.append(name)
    return timeline

def stats(timeline, procs):
    info = {p[0]: p for p in procs}
    finish = {}
    for name, _, end in timeline:
        finish[name] = end
    tat = {n: finish[n] - info[n][1] for n in finish}
    wait = {n: tat[n] - info[n][2] for n in finish}
    return sum(tat.values()) / len(tat), sum(wait.values()) / len(wait)

for label, tl in [("FCFS", fcfs(PROCESSES)), ("SJF", sjf(PROCESSES)), ("RR q=3", round_robin(PROCESSES, 3)), ("RR q=1", round_robin(PROCESSES, 1))]:
    avg_tat, avg_wait = stats(tl, PROCESSES)
    gantt = " ".join(f"{n}[{s}-{e}]" for n, s, e in tl)
    print(f"{label:<7} tat={avg_tat:5.2f} wait={avg_wait:5.2f}")
    print("   ", gantt if len(gantt) < 100 else gantt[:97] + "...")
