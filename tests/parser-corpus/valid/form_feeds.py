# Form feeds: at line start they reset the indentation column; between tokens they are whitespace.
x = 1

if x:
    y = 2
    z = 3
w = 4
v = 1 + 2

def f():
    
    return 1
if v:
    a = 1
      b = 2
