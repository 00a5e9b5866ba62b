import multiprocessing

result = []
counter = 0
config = {"mode": "parent", "items": [1, 2]}

def square_list(mylist):
    global result, counter
    for num in mylist:
        result.append(num * num)
    counter += len(mylist)
    config["mode"] = "child"
    config["items"].append(99)
    print("Result(in process p1):", result)
    print("Counter(in process p1):", counter, config)

def square_list_shared(mylist, shared_result, square_sum):
    for idx, num in enumerate(mylist):
        shared_result[idx] = num * num
    square_sum.value = sum(shared_result)
    print("Result(in process p2):", shared_result[:])

def mutate_arg(data):
    data.append("child was here")
    print("child sees", data)

class Worker(multiprocessing.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.answer = None

    def run(self):
        global counter
        self.answer = self.n ** 2
        counter = -1
        print("worker computed", self.answer, "counter", counter)

if __name__ == "__main__":
    mylist = [1, 2, 3, 4]
    p1 = multiprocessing.Process(target=square_list, args=(mylist,))
    p1.start()
    p1.join()
    print("Result(in main program):", result)
    print("Counter(in main program):", counter, config)

    shared = multiprocessing.Array('i', 4)
    total = multiprocessing.Value('i')
    p2 = multiprocessing.Process(target=square_list_shared, args=(mylist, shared, total))
    p2.start()
    p2.join()
    print("Result(in main program):", shared[:], "Sum:", total.value)

    data = ["parent"]
    p3 = multiprocessing.Process(target=mutate_arg, args=(data,))
    p3.start()
    p3.join()
    print("parent sees", data)

    w = Worker(12)
    w.start()
    w.join()
    print("parent: answer", w.answer, "counter", counter, "exitcode", w.exitcode)

    counter = 500
    p4 = multiprocessing.Process(target=lambda: print("child sees counter", counter))
    p4.start()
    p4.join()
    print(p1.name, p2.name, p3.name, w.name, p4.name)
