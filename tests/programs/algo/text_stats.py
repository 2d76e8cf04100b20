# Word frequencies and line statistics for a text block.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq), top)
lines = TEXT.split("\n")
print([len(l) for l in lines], max(lines, key=len)[:20])
print(sorted(set(w for w in words if len(w) > 6)))
