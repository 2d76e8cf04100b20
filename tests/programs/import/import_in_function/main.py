# Imports inside functions bind local names.
def compute():
    import mathish
    return mathish.cube(3)
print(compute())
try:
    mathish
except NameError:
    print("not bound at module level")
def compute2():
    from mathish import cube
    return cube(2)
print(compute2())
