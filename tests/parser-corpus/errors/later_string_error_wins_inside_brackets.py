a = (1,
2 3
x = 'abc
