# micropython-specific: NameError wording for an undefined global
def f():
    return not_defined_anywhere + 1
f()
