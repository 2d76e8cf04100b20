# Knuth-Morris-Pratt substring search compared with str.find.
def prefix(p):
    f = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = f[k - 1]
        if p[i] == p[k]:
            k += 1
        f[i] = k
    return f
def kmp_all(text, p):
    f, k, out = prefix(p), 0, []
    for i, c in enumerate(text):
        while k and c != p[k]:
            k = f[k - 1]
        if c == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = f[k - 1]
    return out
text = "abababcabababcab" * 3
for p in ("abab", "abc", "cab", "zzz", "b"):
    found = kmp_all(text, p)
    print(p, prefix(p), found[:6], len(found), found[0] == text.find(p) if found else text.find(p))
