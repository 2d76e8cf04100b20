# Set algebra laws checked on concrete sets.
A = set(range(0, 20, 2))
B = set(range(0, 20, 3))
C = set(range(5, 15))
print((A | B) | C == A | (B | C), A & (B | C) == (A & B) | (A & C))
print(A - (B | C) == (A - B) & (A - C), A ^ B == (A | B) - (A & B))
print(sorted(A & B), sorted(A ^ C)[:5], len(A | B | C))
