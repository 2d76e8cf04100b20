# Index errors and type errors for lists.
l = [10, 20, 30]
for i in (3, -4, 100):
    try:
        l[i]
    except IndexError:
        print("IndexError get", i)
    try:
        l[i] = 0
    except IndexError:
        print("IndexError set", i)
try:
    l["0"]
except TypeError:
    print("TypeError")
try:
    del l[5]
except IndexError:
    print("IndexError del")
print(l[-3], l[2], l)
