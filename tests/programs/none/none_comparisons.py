# None compares equal only to itself; ordering comparisons raise TypeError.
print(None == None, None != None, None == 0, None == False, None == "", None in [None], None in [0, False])
for op in (lambda: None < 1, lambda: None > None, lambda: None + None, lambda: -None, lambda: len(None)):
    try:
        op()
        print("no error")
    except TypeError:
        print("TypeError")
print(sorted([3, 1], key=lambda x: (x is None, x)), [x for x in (0, None, "", 5) if x is not None])
