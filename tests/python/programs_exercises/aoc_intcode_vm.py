# A small Intcode computer (AoC 2019), driven by inline programs
from collections import defaultdict, deque


class Intcode:
    def __init__(self, program, inputs=()):
        self.mem = defaultdict(int, enumerate(program))
        self.ip = self.base = 0
        self.inputs = deque(inputs)
        self.outputs = []
        self.halted = False

    def _addr(self, i):
        mode = self.mem[self.ip] // (10 ** (i + 1)) % 10
        if mode == 0:
            return self.mem[self.ip + i]
        if mode == 1:
            return self.ip + i
        return self.base + self.mem[self.ip + i]

    def run(self):
        while True:
            op = self.mem[self.ip] % 100
            a, b, c = (self._addr(i) for i in (1, 2, 3))
            m = self.mem
            if op == 1:
                m[c] = m[a] + m[b]
                self.ip += 4
            elif op == 2:
                m[c] = m[a] * m[b]
                self.ip += 4
            elif op == 3:
                if not self.inputs:
                    return self.outputs
                m[a] = self.inputs.popleft()
                self.ip += 2
            elif op == 4:
                self.outputs.append(m[a])
                self.ip += 2
            elif op == 5:
                self.ip = m[b] if m[a] else self.ip + 3
            elif op == 6:
                self.ip = m[b] if not m[a] else self.ip + 3
            elif op == 7:
                m[c] = int(m[a] < m[b])
                self.ip += 4
            elif op == 8:
                m[c] = int(m[a] == m[b])
                self.ip += 4
            elif op == 9:
                self.base += m[a]
                self.ip += 2
            elif op == 99:
                self.halted = True
                return self.outputs
            else:
                raise ValueError(f"bad opcode {op} at {self.ip}")


vm = Intcode([1, 9, 10, 3, 2, 3, 11, 0, 99, 30, 40, 50])
vm.run()
print([vm.mem[i] for i in range(12)], vm.halted)
CMP8 = [3, 9, 8, 9, 10, 9, 4, 9, 99, -1, 8]
print([Intcode(CMP8, [x]).run() for x in (7, 8, 9)])
BIG = [3, 21, 1008, 21, 8, 20, 1005, 20, 22, 107, 8, 21, 20, 1006, 20, 31, 1106, 0, 36, 98, 0, 0, 1002, 21, 125, 20, 4, 20, 1105, 1, 46, 104,
       999, 1105, 1, 46, 1101, 1000, 1, 20, 4, 20, 1105, 1, 46, 98, 99]
print([Intcode(BIG, [x]).run()[0] for x in (5, 8, 11)])
QUINE = [109, 1, 204, -1, 1001, 100, 1, 100, 1008, 100, 16, 101, 1006, 101, 0, 99]
print(Intcode(QUINE).run() == QUINE, Intcode([1102, 34915192, 34915192, 7, 4, 7, 99, 0]).run(), Intcode([104, 1125899906842624, 99]).run())

from itertools import permutations


def amplifiers(program, phases, feedback):
    amps = [Intcode(program, [p]) for p in phases]
    signal = 0
    while True:
        for amp in amps:
            amp.inputs.append(signal)
            amp.outputs = []
            signal = amp.run()[-1]
        if not feedback or amps[-1].halted:
            return signal


P1 = [3, 15, 3, 16, 1002, 16, 10, 16, 1, 16, 15, 15, 4, 15, 99, 0, 0]
P2 = [3, 26, 1001, 26, -4, 26, 3, 27, 1002, 27, 2, 27, 1, 27, 26, 27, 4, 27, 1001, 28, -1, 28, 1005, 28, 6, 99, 0, 0, 5]
print(max((amplifiers(P1, p, False), p) for p in permutations(range(5))))
print(max((amplifiers(P2, p, True), p) for p in permutations(range(5, 10))))
try:
    Intcode([42]).run()
except ValueError as e:
    print("ValueError:", e)
