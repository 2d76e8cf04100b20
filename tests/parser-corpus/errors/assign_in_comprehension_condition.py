[i for i in r if i = 1]
