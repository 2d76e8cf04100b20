def f():
  x = 1
	x = 2
