x = [1 2]
s = '''never closed
