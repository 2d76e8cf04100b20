# str.format and f-strings with float format specs.
x = 3.14159
print("{:.2f} {:8.3f} {:<8.2f}| {:^9.1f}| {:+.2f} {:010.3f}".format(x, x, x, x, x, -x))
print("{:e} {:.2e} {:E}".format(1234.5, 0.000125, 2.5))
print("{:%} {:.1%}".format(0.25, 0.125))
print("{:g} {:g} {:g} {:.2g}".format(0.5, 2.0, 1e-5, 123.0))
print(f"{x:.3f} {x:>10.4f} {-x:.1f} {2.25:.0f} {3.75:.0f}")
print("{:.3f}".format(2), "{:f}".format(1.5))
print(format(0.75, ".1f"), format(-0.5, "+.2f"), format(1.5, "06.2f"))
