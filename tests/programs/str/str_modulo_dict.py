# %-formatting with a mapping and mixed specs.
data = {"name": "Ada", "year": 1815, "ratio": 0.75, "tags": ["math", "code"]}
print("%(name)s was born in %(year)d" % data)
print("%(name)-6s|%(year)06d|%(ratio).2f|%(tags)s" % data)
print("%(year)x %(year)o %(name)r" % data)
print("%%(name)s stays literal: %(name)s" % data)
try:
    "%(missing)s" % data
except KeyError:
    print("KeyError")
