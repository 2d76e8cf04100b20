# math: transcendental functions at ordinary arguments, printed to 12
# significant digits (boards with their own small libm may differ in the last
# bits of a double; python3's output)
import math


def show(name, f, xs):
    print(name, ' '.join('%.12g' % f(x) for x in xs))


xs = (0.1, 0.5, 1, 2.5, -3, 10)
show('sin', math.sin, xs)
show('cos', math.cos, xs)
show('tan', math.tan, xs)
show('exp', math.exp, xs)
show('expm1', math.expm1, (1e-8, 0.5, -2, 20))
show('log', math.log, (0.1, 0.5, 1.5, 10, 1e100))
show('log2', math.log2, (0.1, 3, 1e10))
show('log10', math.log10, (0.5, 2, 12345))
show('sinh', math.sinh, xs)
show('cosh', math.cosh, xs)
show('tanh', math.tanh, xs)
show('asin', math.asin, (-1, -0.5, 0.1, 0.9))
show('acos', math.acos, (-0.9, -0.5, 0.1, 0.9))
show('atan', math.atan, xs)
show('asinh', math.asinh, xs)
show('acosh', math.acosh, (1, 1.5, 10, 1e10))
show('atanh', math.atanh, (-0.9, -0.5, 0.1, 0.99))
show('erf', math.erf, (-2, -0.3, 0.1, 0.8, 1.5, 3))
show('erfc', math.erfc, (-2, -0.3, 0.1, 0.8, 1.5, 3, 10))
show('gamma', math.gamma, (0.1, 0.5, 1.5, 4.5, -0.5, -2.5, 20.2, 100))
show('lgamma', math.lgamma, (0.1, 0.5, 3, 4.5, -0.5, -2.5, 100, 1e5))
for y, x in ((1, 2), (-1, 2), (1, -2), (-1, -2), (0, -1)):
    print('atan2 %.12g' % math.atan2(y, x))
print('%.12g %.12g %.12g' % (math.pow(1.5, 2.5), math.pow(10, -3.5), math.pow(2, 0.5)))
print('%.12g %.12g' % (math.log(2, 3), math.log(1000, 0.5)))
