# 0/1 knapsack and coin change counting.
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
def ways(coins, total):
    w = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            w[t] += w[t - c]
    return w[total]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
print(ways([1, 2, 5], 5), ways([2, 5, 3, 6], 10), ways([1, 5, 10, 25, 50], 300))
