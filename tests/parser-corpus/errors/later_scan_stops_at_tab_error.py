a b
if x:
	pass
        pass
s = 'abc
