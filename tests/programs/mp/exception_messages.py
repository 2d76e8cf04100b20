# micropython-specific: exception messages as MicroPython words them
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1 // 0)
show(lambda: 7 % 0)
show(lambda: undefined_name)
show(lambda: 1 + "a")
show(lambda: (5).foo)
show(lambda: [1, 2][5])
show(lambda: (1, 2)[-3])
