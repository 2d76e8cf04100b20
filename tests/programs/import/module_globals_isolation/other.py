x = "other x"

def get_x():
    return x
