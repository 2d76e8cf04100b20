# math: domain, range and type errors (the messages as MicroPython's and
# CPython's: "math domain error" / "math range error"; TypeError's wording
# differs between them, so only its type is printed)
import math


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
    except TypeError:
        print(label, 'TypeError')


attempt('sqrt(-1)', math.sqrt, -1)
attempt('log(0)', math.log, 0)
attempt('log(-1)', math.log, -1.0)
attempt('log(2, 0)', math.log, 2, 0)
attempt('log10(0)', math.log10, 0)
attempt('log2(-2)', math.log2, -2)
attempt('acos(2)', math.acos, 2)
attempt('asin(-1.5)', math.asin, -1.5)
attempt('acosh(0.5)', math.acosh, 0.5)
attempt('atanh(2)', math.atanh, 2)
attempt('sin(inf)', math.sin, math.inf)
attempt('cos(-inf)', math.cos, -math.inf)
attempt('fmod(1, 0)', math.fmod, 1, 0)
attempt('fmod(inf, 1)', math.fmod, math.inf, 1)
attempt('gamma(0)', math.gamma, 0)
attempt('gamma(-2)', math.gamma, -2)
attempt('lgamma(-1)', math.lgamma, -1)
attempt('pow(0, -1)', math.pow, 0, -1)
attempt('pow(-2, 0.5)', math.pow, -2, 0.5)
attempt('exp(1000)', math.exp, 1000)
attempt('cosh(1000)', math.cosh, 1000)
attempt('pow(10, 400)', math.pow, 10, 400)
attempt('ldexp(1, 2000)', math.ldexp, 1.0, 2000)
attempt('gamma(200)', math.gamma, 200)
# floor/ceil of inf and nan: the types agree; the messages are MicroPython's
# ("can't convert inf to int") here, CPython words them differently
for f, x in ((math.floor, math.inf), (math.ceil, math.nan), (math.trunc, -math.inf)):
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print('to int', type(e).__name__)
attempt('sqrt(nan)', math.sqrt, math.nan)
attempt('exp(nan)', math.exp, math.nan)
attempt('sqrt("4")', math.sqrt, '4')
attempt('floor(None)', math.floor, None)
attempt('isnan([])', math.isnan, [])
attempt('ldexp(1, 1.5)', math.ldexp, 1, 1.5)
attempt('isclose tol', lambda: math.isclose(1, 1, rel_tol=-1))
attempt('sqrt(10**400)', math.sqrt, 10 ** 400)
attempt('exp(-1000)', math.exp, -1000)
