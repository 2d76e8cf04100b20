# Creates many short-lived dicts and one long-lived one.
index = {}
checksum = 0
for i in range(8000):
    d = {"id": i, "name": "n%d" % i, "tags": [i % 3, i % 5]}
    checksum += d["id"] + len(d["name"]) + sum(d["tags"])
    if i % 400 == 0:
        index[i] = d["name"]
print(checksum, len(index), index[7600])
