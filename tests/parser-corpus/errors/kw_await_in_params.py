def f(await):
    pass
