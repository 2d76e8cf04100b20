if x:
	if y:
		pass

z = (1,
  2) \
  + 3