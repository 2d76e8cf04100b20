/* GCC's soft-float helper ABI (the libgcc names) over softfloat.c, for
 * boards whose libgcc lacks them (sim-lx106). Compiled only for those
 * boards: on the host these names belong to the real libgcc. Arguments
 * arrive as float/double in integer registers; memcpy moves the bits
 * without any floating-point operation (which would call these again);
 * the board has no <string.h>, hence __builtin_memcpy. */
#include "softfloat.h"

static sf_bits fb(float f) { sf_bits b; __builtin_memcpy(&b, &f, sizeof b); return b; }
static df_bits db(double d) { df_bits b; __builtin_memcpy(&b, &d, sizeof b); return b; }
static float bf(sf_bits b) { float f; __builtin_memcpy(&f, &b, sizeof f); return f; }
static double bd(df_bits b) { double d; __builtin_memcpy(&d, &b, sizeof d); return d; }

float __addsf3(float a, float b);
float __subsf3(float a, float b);
float __mulsf3(float a, float b);
float __divsf3(float a, float b);
float __negsf2(float a);
double __adddf3(double a, double b);
double __subdf3(double a, double b);
double __muldf3(double a, double b);
double __divdf3(double a, double b);
double __negdf2(double a);
int __eqsf2(float a, float b);
int __nesf2(float a, float b);
int __ltsf2(float a, float b);
int __lesf2(float a, float b);
int __gtsf2(float a, float b);
int __gesf2(float a, float b);
int __unordsf2(float a, float b);
int __eqdf2(double a, double b);
int __nedf2(double a, double b);
int __ltdf2(double a, double b);
int __ledf2(double a, double b);
int __gtdf2(double a, double b);
int __gedf2(double a, double b);
int __unorddf2(double a, double b);
float __floatsisf(int v);
float __floatunsisf(unsigned v);
float __floatdisf(long long v);
float __floatundisf(unsigned long long v);
double __floatsidf(int v);
double __floatunsidf(unsigned v);
double __floatdidf(long long v);
double __floatundidf(unsigned long long v);
int __fixsfsi(float a);
unsigned __fixunssfsi(float a);
long long __fixsfdi(float a);
unsigned long long __fixunssfdi(float a);
int __fixdfsi(double a);
unsigned __fixunsdfsi(double a);
long long __fixdfdi(double a);
unsigned long long __fixunsdfdi(double a);
double __extendsfdf2(float a);
float __truncdfsf2(double a);

float __addsf3(float a, float b) { return bf(sf_add(fb(a), fb(b))); }
float __subsf3(float a, float b) { return bf(sf_sub(fb(a), fb(b))); }
float __mulsf3(float a, float b) { return bf(sf_mul(fb(a), fb(b))); }
float __divsf3(float a, float b) { return bf(sf_div(fb(a), fb(b))); }
float __negsf2(float a) { return bf(fb(a) ^ 0x80000000u); }
double __adddf3(double a, double b) { return bd(df_add(db(a), db(b))); }
double __subdf3(double a, double b) { return bd(df_sub(db(a), db(b))); }
double __muldf3(double a, double b) { return bd(df_mul(db(a), db(b))); }
double __divdf3(double a, double b) { return bd(df_div(db(a), db(b))); }
double __negdf2(double a) { return bd(db(a) ^ 0x8000000000000000u); }

/* libgcc's comparison contract: eq/ne return 0 when equal; lt/le return
 * a value < 0 / <= 0 when the relation holds; gt/ge > 0 / >= 0; a NaN
 * makes every relation false. */
static int rel_low(int c) { return c == 2 ? 1 : c; }    /* lt, le, eq, ne */
static int rel_high(int c) { return c == 2 ? -1 : c; }  /* gt, ge */
int __eqsf2(float a, float b) { return rel_low(sf_compare(fb(a), fb(b))); }
int __nesf2(float a, float b) { return rel_low(sf_compare(fb(a), fb(b))); }
int __ltsf2(float a, float b) { return rel_low(sf_compare(fb(a), fb(b))); }
int __lesf2(float a, float b) { return rel_low(sf_compare(fb(a), fb(b))); }
int __gtsf2(float a, float b) { return rel_high(sf_compare(fb(a), fb(b))); }
int __gesf2(float a, float b) { return rel_high(sf_compare(fb(a), fb(b))); }
int __unordsf2(float a, float b) { return sf_compare(fb(a), fb(b)) == 2; }
int __eqdf2(double a, double b) { return rel_low(df_compare(db(a), db(b))); }
int __nedf2(double a, double b) { return rel_low(df_compare(db(a), db(b))); }
int __ltdf2(double a, double b) { return rel_low(df_compare(db(a), db(b))); }
int __ledf2(double a, double b) { return rel_low(df_compare(db(a), db(b))); }
int __gtdf2(double a, double b) { return rel_high(df_compare(db(a), db(b))); }
int __gedf2(double a, double b) { return rel_high(df_compare(db(a), db(b))); }
int __unorddf2(double a, double b) { return df_compare(db(a), db(b)) == 2; }

float __floatsisf(int v) { return bf(sf_from_i64(v)); }
float __floatunsisf(unsigned v) { return bf(sf_from_u64(v)); }
float __floatdisf(long long v) { return bf(sf_from_i64(v)); }
float __floatundisf(unsigned long long v) { return bf(sf_from_u64(v)); }
double __floatsidf(int v) { return bd(df_from_i64(v)); }
double __floatunsidf(unsigned v) { return bd(df_from_u64(v)); }
double __floatdidf(long long v) { return bd(df_from_i64(v)); }
double __floatundidf(unsigned long long v) { return bd(df_from_u64(v)); }
int __fixsfsi(float a) { return sf_to_i32(fb(a)); }
unsigned __fixunssfsi(float a) { return sf_to_u32(fb(a)); }
long long __fixsfdi(float a) { return sf_to_i64(fb(a)); }
unsigned long long __fixunssfdi(float a) { return sf_to_u64(fb(a)); }
int __fixdfsi(double a) { return df_to_i32(db(a)); }
unsigned __fixunsdfsi(double a) { return df_to_u32(db(a)); }
long long __fixdfdi(double a) { return df_to_i64(db(a)); }
unsigned long long __fixunsdfdi(double a) { return df_to_u64(db(a)); }
double __extendsfdf2(float a) { return bd(sf_to_df(fb(a))); }
float __truncdfsf2(double a) { return bf(df_to_sf(db(a))); }
