# Module objects: attributes, setattr, getattr, dir membership.
import data
print(hasattr(data, "TABLE"), getattr(data, "missing", "no attr"), "lookup" in dir(data))
data.NEW = "added from main"
print(data.read_new())
setattr(data, "TABLE", {"x": 0})
print(data.lookup("x"))
print(type(data).__name__)
