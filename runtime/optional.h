/* Optional runtime parts: float.c and complex.c are linked into a firmware
 * only when the program can make a float or complex (the image refers to
 * their types; backend-c/reach.c decides). Runtime files that merely meet
 * floats (int arithmetic, formatting, int(x), ...) include this header:
 * their references are weak, so on their own they link nothing, and an
 * object of a type that is not linked cannot exist. Paths that would
 * create a float check RT_HAVE_FLOAT first. */
#ifndef MPYC_OPTIONAL_H
#define MPYC_OPTIONAL_H
#include "datatypes.h"

#pragma weak type_float
#pragma weak type_complex
#pragma weak rt_float_new
#pragma weak rt_float_binary_op
#pragma weak rt_float_compare_int
#pragma weak rt_float_format
#pragma weak rt_float_parse
#pragma weak rt_float_repr
#pragma weak rt_float_format_spec
#pragma weak rt_float_from_int
#pragma weak rt_get_float
#pragma weak rt_int_to_float
#pragma weak rt_int_from_float
#pragma weak rt_int_true_divide
#pragma weak rt_int_power_float
#pragma weak rt_int_float_op
#pragma weak rt_complex_new

#define RT_HAVE_FLOAT (&type_float != 0)

/* The error when float support was left out of a firmware but a value of
 * the operation would be a float. */
static inline Obj rt_raise_float_not_linked(void) {
    return rt_raise_msg(&type_NotImplementedError,
                        "float is not linked into this firmware: the program has no float literal, float(), / or **");
}
#endif
