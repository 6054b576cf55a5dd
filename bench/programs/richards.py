# A task scheduler in the spirit of the Richards benchmark: tasks of several kinds pass packets
# through queues under a priority scheduler (method calls, attribute access, small objects).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

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
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.count = 0

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue)
        self.control = 1
        self.remaining = count
        self.waiting = False

    def run(self, packet):
        self.remaining -= 1
        if self.remaining == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            if work.datum < 4:
                if self.device_queue is not None:
                    device = self.device_queue
                    self.device_queue = device.link
                    device.datum = work.data[work.datum]
                    work.datum += 1
                    return self.scheduler.queue_packet(device)
            else:
                self.work_queue = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def ordered(self):
        return sorted(self.tasks.values(), key=lambda t: -t.priority)

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def hold_self(self):
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return None

    def queue_packet(self, packet):
        task = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        was_empty = task.queue is None
        task.queue = packet.append_to(task.queue)
        if was_empty:
            task.waiting = False
            if task.priority > self.current.priority:
                return task
        return self.current

    def schedule(self):
        order = self.ordered()
        while True:
            for task in order:
                if task.runnable():
                    break
            else:
                return
            self.current = task
            packet = None
            if task.waiting or task.queue is not None:
                packet = task.take_packet()
                task.waiting = False
            task.count += 1
            task.run(packet)


def richards(iterations):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, None, iterations))
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    s.add(WorkTask(s, WORKER, 1000, work))
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        s.add(HandlerTask(s, handler, 2000 + handler, q))
    s.add(DeviceTask(s, DEVICE_A, 4000, None))
    s.add(DeviceTask(s, DEVICE_B, 5000, None))
    s.schedule()
    return s.queue_count, s.hold_count


print(richards(40000))
