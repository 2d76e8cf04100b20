# Float mandelbrot: escape-time counts over a grid.
def mandel(w, h, limit):
    count = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 2.5 * x / w - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            count += i
    return count

print(mandel(160, 120, 100))
