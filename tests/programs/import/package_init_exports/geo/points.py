ORIGIN = (0, 0)

def distance2(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
