# Objects with attributes and nested containers.
class Particle:
    def __init__(self, i):
        self.pos = [i, -i]
        self.vel = (1, 2)
        self.tag = "p%d" % i
    def step(self):
        self.pos = [self.pos[0] + self.vel[0], self.pos[1] + self.vel[1]]
live = [Particle(i) for i in range(20)]
for t in range(500):
    for p in live:
        p.step()
    tmp = [Particle(t) for _ in range(5)]
print(sum(p.pos[0] for p in live), sum(p.pos[1] for p in live), live[3].tag)
