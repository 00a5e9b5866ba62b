# "Print in order": three threads started in any order still print first, second, third (Events).
import threading

class Foo:
    def __init__(self):
        self.first_done = threading.Event()
        self.second_done = threading.Event()
        self.out = []

    def first(self):
        self.out.append("first")
        self.first_done.set()

    def second(self):
        self.first_done.wait()
        self.out.append("second")
        self.second_done.set()

    def third(self):
        self.second_done.wait()
        self.out.append("third")

for order in ([1, 2, 3], [3, 2, 1], [2, 3, 1]):
    foo = Foo()
    methods = {1: foo.first, 2: foo.second, 3: foo.third}
    threads = [threading.Thread(target=methods[i]) for i in order]
    for t in threads: t.start()
    for t in threads: t.join()
    print(order, "->", "".join(w[0] for w in foo.out), foo.out)
