"""Richards-style operating-system simulation: objects, attribute access, method dispatch, linked queues.

A scheduler runs six tasks (an idle task, a worker, two packet handlers and two devices) that hand
packets to each other through linked queues, as in Martin Richards' classic systems benchmark.
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def add_packet(self, packet, old_task):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old_task

    def run(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.input
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.waiting = False
        self.scheduler.current = self
        return self.step(packet)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFFER_SIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(device)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait()
            packet, self.pending = self.pending, None
            return s.queue_packet(packet)
        self.pending = packet
        s.checksum = (s.checksum * 31 + packet.datum) % 1000003
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def release(self, ident):
        task = self.tasks[ident]
        task.holding = False
        return task if task.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            task = task.link if task.held_or_suspended() else task.run()


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(s, handler, priority, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s


def main(count, repeat):
    for _ in range(repeat):
        s = simulate(count)
    print("queued %d, held %d, checksum %d" % (s.queue_count, s.hold_count, s.checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000, int(sys.argv[2]) if len(sys.argv) > 2 else 40)
