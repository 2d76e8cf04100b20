assert (x, 'msg') y
