TABLE = {"a": 1, "b": 2}

def lookup(k):
    return TABLE.get(k)

def read_new():
    return NEW
