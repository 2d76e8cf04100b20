# if/elif/else chains and conditional expressions.
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0
print([sign(v) for v in (-5, 0, 3, -0.5, 2 ** 70)])
def grade(s):
    return "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
x = 5
if x:
    pass
if not x:
    print("no")
elif x == 5 and x > 0 or False:
    print("five")
print(1 if [] else 2, "t" if "s" else "f")
