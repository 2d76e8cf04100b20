# Dict/str word count over generated text.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]

def make_text(n):
    parts = []
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append(WORDS[x % 10] + str(x % 7))
    return " ".join(parts)

def count(text):
    counts = {}
    for w in text.split():
        w = w.upper()
        counts[w] = counts.get(w, 0) + 1
    return counts

text = make_text(100000)
c = count(text)
total = 0
for k in sorted(c):
    total = (total * 31 + c[k] + len(k)) % 1000000007
print(len(c), total)
