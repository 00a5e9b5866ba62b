class Job:
    _next = 1
    def __init__(self, owner, pages, priority=2):
        self.id = Job._next
        Job._next += 1
        self.owner, self.pages, self.priority = owner, pages, priority
        self.printed = 0
    def __repr__(self):
        return f"#{self.id}({self.owner},{self.pages}p,P{self.priority})"

class Printer:
    def __init__(self, name, ppm, paper):
        self.name, self.ppm, self.paper = name, ppm, paper
        self.queue = []
        self.current = None
        self.done = []
    def submit(self, job):
        self.queue.append(job)
        self.queue.sort(key=lambda j: (j.priority, j.id))
    def cancel(self, job_id):
        for j in self.queue:
            if j.id == job_id:
                self.queue.remove(j)
                return True
        return False
    def tick(self, minute, log):
        if self.current is None and self.queue:
            self.current = self.queue.pop(0)
            log.append(f"{minute:3d} {self.name}: start {self.current}")
        if self.current is None:
            return
        if self.paper == 0:
            log.append(f"{minute:3d} {self.name}: OUT OF PAPER")
            self.paper = 50
            return
        n = min(self.ppm, self.current.pages - self.current.printed, self.paper)
        self.current.printed += n
        self.paper -= n
        if self.current.printed == self.current.pages:
            log.append(f"{minute:3d} {self.name}: finished {self.current}")
            self.done.append((self.current, minute))
            self.current = None

p1 = Printer("laser", 20, 60)
p2 = Printer("inkjet", 5, 100)
jobs = {0: [("ann", 45), ("bob", 10, 1)], 1: [("cy", 8)], 2: [("dee", 30, 3), ("eve", 3, 1)], 5: [("fay", 12)]}
log = []
for minute in range(12):
    for spec in jobs.get(minute, []):
        job = Job(*spec)
        target = p1 if job.pages > 10 else p2
        target.submit(job)
        log.append(f"{minute:3d} queued {job} on {target.name}")
    if minute == 3:
        log.append(f"{minute:3d} cancel #4: {p1.cancel(4) or p2.cancel(4)}")
    p1.tick(minute, log)
    p2.tick(minute, log)
print("\n".join(log))
for p in (p1, p2):
    print(p.name, "done:", [(j.id, m) for j, m in p.done], "queue:", p.queue, "paper left:", p.paper)
