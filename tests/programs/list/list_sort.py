# sort and sorted: keys, reverse, stability, mixed numbers.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [5, -2, 3.5, 0, 2 ** 40, -7, 1]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
print(sorted([]), sorted("cab"), sorted((3, 1, 2), reverse=True))
