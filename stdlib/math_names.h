/* The attributes of the math module, one list for the module (mod_math.c
 * defines an object stdlib_math_<name> for each), its full table
 * (math_table.c) and the compiler, whose firmware image keeps only the
 * entries a program names (backend-c/reach.c):
 *   F(name)  a function, a BuiltinFunction
 *   C(name)  a constant, a Float
 * Every name is a names.def id. */
#ifndef MPYC_STDLIB_MATH_NAMES_H
#define MPYC_STDLIB_MATH_NAMES_H

#define STDLIB_MATH_ATTRS(F, C) \
    C(e) C(pi) C(inf) C(nan) C(tau) \
    F(acos) F(acosh) F(asin) F(asinh) F(atan) F(atan2) F(atanh) F(ceil) \
    F(copysign) F(cos) F(cosh) F(degrees) F(erf) F(erfc) F(exp) F(expm1) \
    F(fabs) F(factorial) F(floor) F(fmod) F(frexp) F(gamma) F(isclose) \
    F(isfinite) F(isinf) F(isnan) F(ldexp) F(lgamma) F(log) F(log10) F(log2) \
    F(modf) F(pow) F(radians) F(sin) F(sinh) F(sqrt) F(tan) F(tanh) F(trunc)

#endif
