# print and exec are ordinary names in Python 3; some old spellings still parse.
print
print()
print >>sys.stderr, "x"
print, x
p = print
print = 1
exec = print
exec(code, {}, {})
def print(*a): pass
print.__doc__
(print)("x")
print ("spaced")
print((1, 2))
print -1
print * 2
print [0]
print(end='')
class exec: pass
