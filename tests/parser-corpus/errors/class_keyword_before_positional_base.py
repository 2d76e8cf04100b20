class A(x=1, B):
    pass
