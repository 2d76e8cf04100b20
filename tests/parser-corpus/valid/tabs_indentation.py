# Tabs: tab-indented blocks, tabs between tokens, tab+spaces used consistently.
if x:
	y = 1
	if y:
		z = 2
	else:
		z	=	3
def f():
	  a = 1
	  if a:
	  	b = 2
	  return	a
class C:
        m = 1
        def g(self):
        	return self
x	=	[	1,
		2	]
