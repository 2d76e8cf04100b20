# Dijkstra's shortest paths with a simple linear-scan queue.
edges = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist = {n: None for n in edges}
    dist[src] = 0
    done = set()
    while len(done) < len(edges):
        n = min((d, k) for k, d in dist.items() if d is not None and k not in done)[1]
        done.add(n)
        for m, w in edges[n].items():
            nd = dist[n] + w
            if dist[m] is None or nd < dist[m]:
                dist[m] = nd
    return dist
print(sorted(dijkstra("A").items()))
print(sorted(dijkstra("E").items()))
