# Breadth- and depth-first search over an adjacency dict.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def shortest(a, b):
    prev = {a: None}
    queue = [a]
    while queue:
        n = queue.pop(0)
        for m in graph[n]:
            if m not in prev:
                prev[m] = n
                queue.append(m)
    path = []
    while b is not None:
        path.append(b)
        b = prev[b]
    return path[::-1]
print(bfs("a"), dfs("a"), shortest("a", "f"))
