# Arithmetic around sys.maxsize stays exact (big ints beyond it).
import sys
m = sys.maxsize
print(m + 1 > m, (m + 1) - 1 == m, m * 2 // 2 == m, -m - 1 < -m)
print((m + 1) % 2, (m * m) // m == m, bin(m).count("1") in (31, 63))
