# f-strings: nesting, format specs, '=', conversions, quotes allowed by 3.11.
width, prec, value, name = 10, 3, 3.14159, "pi"
a = f"{value:{width}.{prec}f}"
b = f'{value!r:>{width}}'
c = f"{name=}"
d = f"{name = }"
e = f"{name=!s:>10}"
f1 = f"{value=:.2f}"
g = f"{'nested' + f'{name!a}'}"
h = f'''{f"{f'{name}'}"}'''
i = f"{{literal braces}} {name} {{{name}}}"
j = f"{ {'a': 1}['a'] }"
k = f"{(lambda x: x * 2)(3)}"
l = f"{[x for x in range(3)]!r}"
m = f"{name:{'>'}{width}}"
n = f"{3.14:{'.'}{prec}}"
o = f"{value:0{width}.{prec}e}"
p = f"{'a' if name else 'b'}"
q = f"{(yield_ := 5)}"
r = f"{name:}"
s = f"{name!r:}"
t = f"""{
    name
}"""
u = f'{"double" + "quotes"}' f"{'single'}"
v = rf"\d{name}\n"
w = fr'{name}\{{'
x = F"{name}" Rf"{name}" fR"{name}"
y = f"{x:=^20}"
z = f"{name:{width}}" "plain" f"{name:%Y-%m-%d}"
aa = f"{value:{'<'}{'8'}}"
bb = f"{ value = }"
cc = f"{value!a}"
dd = f"{3!s:>4}"
ee = f"{'=':=>3}"
ff = f"{1:{2}{3}{4}}"
gg = f"{a}{b}{c}"
hh = f""
ii = f"{name}" f"" "" f"{name}"
jj = f"{  name  !r}"
kk = f"{name!r:^{width + 2}.{prec}}" f"{name}"[0]
ll = f"""{f'''{f"{1}"}'''}"""
mm = f'''{f"""{1}"""}'''
