import multiprocessing as mp

LOG = []

class Squarer(mp.Process):
    def __init__(self, numbers, results):
        super().__init__(name=f"squarer-{len(numbers)}")
        self.numbers = numbers
        self.results = results
        self.local_total = 0

    def run(self):
        for n in self.numbers:
            self.local_total += n * n
            self.results.put((self.name, n, n * n))
        self.numbers.append("modified in child")
        LOG.append(self.name)
        self.results.put((self.name, "total", self.local_total))

class Accumulator:
    def __init__(self):
        self.items = []
        self.out = mp.Queue()

    def work(self, k):
        self.items.append(k)
        self.out.put(("items seen in child", list(self.items)))

if __name__ == "__main__":
    results = mp.Queue()
    nums = [1, 2, 3]
    procs = [Squarer(nums, results), Squarer([4, 5], results)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    rows = []
    while not results.empty():
        rows.append(results.get())
    for row in sorted(rows, key=str):
        print(row)
    print("parent nums", nums)
    print("parent local_total", [p.local_total for p in procs])
    print("parent LOG", LOG)
    print([(p.name, p.exitcode) for p in procs])

    acc = Accumulator()
    acc.items.append("from parent")
    p = mp.Process(target=acc.work, args=(7,))
    p.start()
    p.join()
    print(acc.out.get())
    print("parent items", acc.items)
