/* Internal interface between int.c and bigint.c. */
#ifndef MPYC_BIGINT_H
#define MPYC_BIGINT_H
#include "rt.h"

/* A read-only view of an int's magnitude; small ints use buf. Never copy
 * a Num (d may point into its own buf). */
typedef struct Num {
    bool neg;
    size_t len;
    BigDigit *d;
    BigDigit buf[sizeof(uintptr_t) * 8 / 16 + 1];
} Num;

void num_from_obj(Num *n, Obj o);
Obj num_result(BigInt *b, size_t len, bool neg);
int num_divmod(const Num *a, const Num *b, Obj *q_out, Obj *r_out);
Obj num_pow(const Num *base, const Num *exp, const Num *mod);
int mag_compare(const BigDigit *a, size_t na, const BigDigit *b, size_t nb);
uint32_t mag_divmod_digit(BigDigit *a, size_t na, uint32_t divisor);
Obj rt_bigint_binary_op(BinaryOp op, Obj lhs, Obj rhs);
Obj rt_int_from_ull_sign(unsigned long long m, bool neg);
#endif
