s = 'café'
a b
