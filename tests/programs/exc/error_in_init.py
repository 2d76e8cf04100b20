# Exceptions raised in __init__ prevent construction.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
made = []
for v in (1, -1, 2):
    try:
        made.append(Strict(v).v)
    except ValueError as e:
        made.append(str(e))
print(made)
