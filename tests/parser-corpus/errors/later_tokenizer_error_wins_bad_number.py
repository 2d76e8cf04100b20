def f(:
    pass
x = 0x
