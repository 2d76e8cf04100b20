# micropython-specific: an exception without arguments prints its name and ': '
def fail():
    raise RuntimeError
print("calling")
fail()
