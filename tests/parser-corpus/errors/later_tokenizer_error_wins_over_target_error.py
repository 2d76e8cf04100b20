1 = x
y = 'unterminated
