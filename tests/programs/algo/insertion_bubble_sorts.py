# Simple in-place sorts on lists with duplicates and negatives.
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        v, j = a[i], i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a
def bubble(a):
    a = list(a)
    swaps = 0
    for n in range(len(a) - 1, 0, -1):
        for i in range(n):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
    return a, swaps
data = [5, -1, 3, 3, 0, 9, -7, 2, 5, 1]
print(insertion(data), bubble(data), insertion([]) == [], bubble([1])[1])
print(insertion("sorting") == sorted("sorting"), insertion([2.5, 1, -0.5]))
