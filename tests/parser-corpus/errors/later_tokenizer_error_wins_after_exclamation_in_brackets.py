x = (1,
  ! 2)
s = 'abc
