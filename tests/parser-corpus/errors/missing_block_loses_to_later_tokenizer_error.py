if x:
y = 1
s = 'abc
