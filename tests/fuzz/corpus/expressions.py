x = -a ** ~b // c @ d % e if f and not g or h else [i for i in j if k]
y = {k: v for k, v in d.items()} | {*s} ^ {1, 2}
z = f(*a, b, c=1, **d)[1:2:3, ..., None].attr(x := 3)
w = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 1e400
v = a < b <= c != d is not e not in f
