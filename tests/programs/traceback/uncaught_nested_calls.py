# micropython-specific: traceback lists every frame, outermost first
def level3(n):
    return n // 0
def level2(n):
    return level3(n) + 1
def level1(n):
    return level2(n) * 2
print("start")
level1(5)
