# LEGB name resolution and UnboundLocalError.
x = "global x"
def read_global():
    return x
def local_shadow():
    x = "local x"
    return x
def unbound():
    try:
        print(x)
    except NameError as e:
        print("NameError subclass:", isinstance(e, NameError))
    x = 1
print(read_global(), local_shadow())
unbound()
len = lambda s: "shadowed builtin"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max(3, 4)
print(uses_builtin())
