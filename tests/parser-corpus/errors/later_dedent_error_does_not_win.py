a b
if x:
  a
 b
