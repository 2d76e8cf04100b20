# Lexicographic ordering by code point.
words = ["banana", "Banana", "apple", "Apple", "cherry", "", "a", "B", "éclair", "zebra"]
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w)))
print("abc" < "abd" < "abda", "Z" < "a", "é" > "z", min(words), max(words))
print(["a", "b"] < ["a", "c"], ("b",) > ("a", "z"))
