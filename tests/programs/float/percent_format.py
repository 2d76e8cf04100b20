# %-formatting of floats with explicit precision.
vals = [0.0, 1.0, 3.14159, -2.71828, 100.75, 0.001234, 1234.5678]
for v in vals:
    print("%.2f|%8.3f|%-8.1f|%+.1f|%.2e|%.3e" % (v, v, v, v, v, v))
print("%e %e %E" % (0.5, -1024.0, 0.125))
print("%f" % 1.5, "%.0f" % 2.25, "%.0f" % 3.75, "%5.1f%%" % 12.3125)
print("%g %g %g %g" % (0.5, 100.0, 0.0001, 1e-5))
print("%.3g %.3g" % (3.14159, 1234.5))
