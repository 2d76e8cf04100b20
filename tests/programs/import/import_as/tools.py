PI_ISH = 3.25

def double(x):
    return 2 * x
