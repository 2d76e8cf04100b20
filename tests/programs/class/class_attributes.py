# Class attributes are shared; instance attributes shadow them.
class Config:
    level = 1
    items = []
    def bump(self):
        self.level += 1
        return self.level

a = Config()
b = Config()
print(a.bump(), a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level)
a.items.append("shared")
print(b.items, Config.items)
del a.level
print(a.level)
Config.new_attr = "added later"
print(b.new_attr)
print(getattr(Config, "level"), getattr(b, "missing", "default"))
