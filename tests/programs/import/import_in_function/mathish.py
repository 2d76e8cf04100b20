print("mathish loaded")

def cube(x):
    return x ** 3
