x = 1
if y:
    pass
   z = 3
