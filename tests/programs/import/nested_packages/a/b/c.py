VALUE = "a.b.c value"

def deep():
    return "deep call"
