# Every presentation type of the format mini-language.
n = 300
print("{:b}|{:c}|{:d}|{:o}|{:x}|{:X}".format(5, 65, n, n, n, n))
f = 1.5
print("{:e}|{:E}|{:f}|{:F}|{:g}|{:G}|{:%}".format(f, f, f, f, f, f, 0.5))
print("{:s}|{}|{:10s}|{:<3s}|".format("txt", "txt", "txt", "toolong"))
print("{:#b} {:#o} {:#x} {:#X}".format(n, n, n, n))
print("{:+e} {:+f} {: f} {:-f}".format(f, f, f, -f))
print("{:.0e} {:.1E} {:.0f} {:.3g} {:.1%}".format(1750.0, 0.5, 1.25, 2.0, 0.25))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(3.5, "f"), format(0.5, "%"))
