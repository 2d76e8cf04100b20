/* IEEE-754 binary32 / binary64 arithmetic in integer code, on bit patterns,
 * correctly rounded (round to nearest, ties to even). For boards whose
 * libgcc lacks the soft-float helpers (sim-lx106: softfloat_abi.c maps
 * GCC's __addsf3, __muldf3, ... onto these); the host unit test checks
 * them against the host FPU. NaN results are quiet; an operation on a NaN
 * returns that NaN quieted (the first operand's when both are), an invalid
 * operation the default NaN with the sign clear. No exception flags. */
#ifndef MPYC_SOFTFLOAT_H
#define MPYC_SOFTFLOAT_H

#include <stdint.h>

typedef uint32_t sf_bits;  /* a binary32 value's bits */
typedef uint64_t df_bits;  /* a binary64 value's bits */

sf_bits sf_add(sf_bits a, sf_bits b);
sf_bits sf_sub(sf_bits a, sf_bits b);
sf_bits sf_mul(sf_bits a, sf_bits b);
sf_bits sf_div(sf_bits a, sf_bits b);
df_bits df_add(df_bits a, df_bits b);
df_bits df_sub(df_bits a, df_bits b);
df_bits df_mul(df_bits a, df_bits b);
df_bits df_div(df_bits a, df_bits b);

/* -1, 0, 1 for a < b, a == b, a > b; 2 when unordered (a NaN). */
int sf_compare(sf_bits a, sf_bits b);
int df_compare(df_bits a, df_bits b);

/* Integer -> float, rounded. */
sf_bits sf_from_i64(int64_t v);
sf_bits sf_from_u64(uint64_t v);
df_bits df_from_i64(int64_t v);
df_bits df_from_u64(uint64_t v);
/* Float -> integer, truncated toward zero; out of range saturates, NaN
 * gives 0 (C leaves both undefined). */
int32_t sf_to_i32(sf_bits a);
uint32_t sf_to_u32(sf_bits a);
int64_t sf_to_i64(sf_bits a);
uint64_t sf_to_u64(sf_bits a);
int32_t df_to_i32(df_bits a);
uint32_t df_to_u32(df_bits a);
int64_t df_to_i64(df_bits a);
uint64_t df_to_u64(df_bits a);

df_bits sf_to_df(sf_bits a);
sf_bits df_to_sf(df_bits a);

#endif
