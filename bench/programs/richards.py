# Class-heavy: a small task scheduler with objects, methods and attributes.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0

class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = []
        self.work = 0

    def run(self, packet):
        self.work += 1
        return None

class Worker(Task):
    def run(self, packet):
        self.work += 1
        if packet is None:
            return None
        packet.datum = (packet.datum + self.ident) % 26
        packet.ident = (packet.ident + 1) % 4
        return self.sched.send(packet)

class Handler(Task):
    def run(self, packet):
        self.work += 1
        if packet is not None:
            self.queue.append(packet)
        if self.queue:
            p = self.queue.pop()
            p.kind = 1 - p.kind
            return self.sched.send(p)
        return None

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sent = 0

    def add(self, task):
        self.tasks.append(task)

    def send(self, packet):
        self.sent += 1
        return self.tasks[packet.ident]

    def run(self, rounds):
        packets = [Packet(None, i % 4, i % 2) for i in range(8)]
        for r in range(rounds):
            p = packets[r % 8]
            task = self.tasks[r % 4]
            steps = 0
            while task is not None and steps < 6:
                task = task.run(p)
                steps += 1
        return sum(t.work for t in self.tasks) + self.sent

s = Scheduler()
s.add(Worker(s, 1, 10))
s.add(Handler(s, 2, 20))
s.add(Worker(s, 3, 30))
s.add(Handler(s, 4, 40))
print(s.run(60000))
