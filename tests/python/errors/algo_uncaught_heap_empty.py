import heapq
jobs = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(jobs)
done = []
while jobs:
    pri, name = heapq.heappop(jobs)
    done.append(name)
    print("ran", pri, name)
print(done)
heapq.heappop(jobs)
