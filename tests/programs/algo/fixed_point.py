# Fixed-point arithmetic with integers (Q16.16).
ONE = 1 << 16
def fx(v_num, v_den=1):
    return v_num * ONE // v_den
def mul(a, b):
    return (a * b) >> 16
def div(a, b):
    return (a << 16) // b
def show(a):
    sign = "-" if a < 0 else ""
    a = abs(a)
    return "%s%d.%04d" % (sign, a >> 16, (a & 0xFFFF) * 10000 >> 16)
x = fx(3, 2)
y = fx(-5, 4)
print(show(x), show(y), show(mul(x, y)), show(div(x, y)), show(x + y))
r = fx(2)
for _ in range(6):
    r = (r + div(fx(2), r)) // 2
print("sqrt2 ~", show(r))
