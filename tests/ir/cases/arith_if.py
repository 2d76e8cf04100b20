x = 1 + 2
if x < 3:
    print("small")
else:
    print("big", x)
