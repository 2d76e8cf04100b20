x = f'a{x'
