# Nested dicts and lists as a data structure.
db = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bo", "tags": []}], "count": 2}
print(db["users"][0]["tags"][1], len(db["users"][1]["tags"]))
db["users"].append({"name": "cy", "tags": ["z"]})
db["count"] += 1
print(db)
print([u["name"] for u in db["users"] if u["tags"]])
cfg = {}
cfg.setdefault("a", {}).setdefault("b", {})["c"] = 1
print(cfg)
