# split/rsplit/splitlines/join.
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c".rsplit(","))
print("one  two three".split(None, 1), "x--y--z".split("--"))
print("l1\nl2\r\nl3\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)), "x".join("abc"))
try:
    "a".split("")
except ValueError:
    print("ValueError empty separator")
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError join")
