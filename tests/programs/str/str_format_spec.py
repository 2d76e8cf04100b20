# Format spec mini-language: fill, align, sign, width, zero, grouping, types.
n = 1234567
print("[{:10}] [{:<10}] [{:>10}] [{:^10}] [{:*^11}] [{:0>6}]".format(n, n, n, n, n, 42))
print("[{:10}] [{:>10}] [{:^10}] [{:-<10}] [{:.3}]".format("ab", "ab", "ab", "ab", "abcdef"))
print("{:+d} {:+d} {: d} {: d} {:-d}".format(5, -5, 5, -5, 5))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X}".format(10, 10, 255, 255, 10, 10, 255, 255))
print("{:,} {:,} {:08d} {:08,d}".format(1234567, -9876543210, -42, 1234567))
print("{:c} {:d} {:s}".format(97, 42, "s"))
print("{:=+8d} [{:=8d}] [{:<+6d}]".format(42, -42, 7))
print("{:10.3f}|{:<10.2e}|{:^+10.1f}|".format(3.14159, 31415.9, 2.3))
print(format(255, "x"), format(255, "#010b"), format("s", "^5"), format(7), format(1234, ","))
