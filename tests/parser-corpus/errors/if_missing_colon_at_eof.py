if True
