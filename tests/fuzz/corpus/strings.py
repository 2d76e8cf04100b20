s = 'a' "b" '''c''' """d""" r'\d' b'\x00' rb"\n" u'é'
t = f"{x!r:>{width}.{prec}} {y=} {{z}} {'nested'}"
u = "\N{EURO SIGN}\u20ac\U0001F600\x41\101\n\t\\"
v = f'''{
  a + b
}'''
