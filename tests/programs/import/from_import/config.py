VALUE = 1

def get_value():
    return VALUE

def set_value(v):
    global VALUE
    VALUE = v
