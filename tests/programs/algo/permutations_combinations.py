# Generators for permutations, combinations and the power set.
def permutations(seq):
    if not seq:
        yield ()
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield (seq[i],) + rest
def combinations(seq, k):
    if k == 0:
        yield ()
        return
    for i in range(len(seq) - k + 1):
        for rest in combinations(seq[i + 1:], k - 1):
            yield (seq[i],) + rest
def powerset(seq):
    for mask in range(1 << len(seq)):
        yield [seq[i] for i in range(len(seq)) if mask >> i & 1]
print(list(permutations((1, 2, 3))))
print(list(combinations("abcd", 2)), len(list(combinations(tuple(range(10)), 4))))
print(list(powerset("xyz")))
