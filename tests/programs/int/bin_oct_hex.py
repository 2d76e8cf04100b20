# bin/oct/hex of small, big and negative integers.
for n in [0, 1, 7, 8, 255, -1, -255, 2 ** 32, 2 ** 64 + 3, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(hex(0xabcdef), hex(-0xABCDEF))
print(int(bin(12345), 0), int(oct(-999), 0), int(hex(2 ** 90), 0))
