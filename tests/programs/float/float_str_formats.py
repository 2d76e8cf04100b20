# Fixed formats of floats that are exact in single precision.
vals = (0.5, -0.375, 10.75, 1024.5, -3.0, 100.0)
for v in vals:
    print("{:.3f} {:8.2f} {:<8.1f}| {:+.4f} {:e}".format(v, v, v, v, v))
print(" ".join("%.2f" % v for v in vals))
print(" ".join(f"{v:g}" for v in vals))
