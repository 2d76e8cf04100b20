x = f'a{}b'
