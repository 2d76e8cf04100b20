# Builtin names can be shadowed and restored.
def use_len(x):
    return len(x)
print(use_len("abc"))
len = lambda x: 42
print(len("abc"), use_len("abc"))
del len
print(len("abc"))
list_ = list
def list(*a):
    return "fake list"
print(list(), list_("ab"))
del list
print(list("xy"))
