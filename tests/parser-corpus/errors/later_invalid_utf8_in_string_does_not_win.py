a b
s = 'café'
