# map/filter/sorted/min/max with functions, lambdas and bound methods.
words = ["delta", "Alpha", "charlie", "Bravo"]
print(list(map(str.upper, words)), list(map(len, words)))
print(sorted(words, key=str.lower), min(words, key=len), max(words, key=lambda w: w[-1]))
print(list(filter(str.islower, words)), list(filter(lambda w: "a" in w, words)))
lookup = {"a": 1, "b": 2}
print(list(map(lookup.get, ["a", "b", "c"])), sorted(lookup, key=lookup.get, reverse=True))
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
