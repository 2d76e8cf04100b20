# printf-style % formatting.
print("%s|%r|%d|%i|%x|%X|%o|%c|%%" % ("s", "r", 42, -7, 255, 255, 8, 65))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%05d|%-5d|%+d|% d|%+d" % (42, 42, 42, 42, -42))
print("%#x|%#o|%#X|%08x" % (255, 8, 255, 3054))
print("%c%c" % ("h", 105), "%s and %s" % (1, [2]), "%s" % (None,), "%s" % "single")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%d%%" % 50, "%s" % ((1, 2),), "%r" % "q'uote")
for bad in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2))):
    try:
        print(bad[0] % bad[1])
    except TypeError:
        print("TypeError")
