/* IEEE-754 binary32/binary64 arithmetic on bit patterns (see softfloat.h).
 * One implementation for both formats: operands are unpacked to a sign, an
 * exponent and a 64-bit significand with its top bit set (value = sig *
 * 2**(exp - 63)), computed on, and rounded once by round_pack. Extra
 * significand bits below the format's precision carry the guard bit, and
 * bit 0 is "sticky" (jammed): it records any nonzero bits shifted out. */
#include "softfloat.h"

#include <stdbool.h>

typedef struct Format {
    int mant;       /* stored fraction bits: 23 / 52 */
    int bias;       /* 127 / 1023 */
    int emax;       /* all-ones exponent field: 255 / 2047 */
    int sign_shift; /* 31 / 63 */
} Format;
static const Format F32 = { 23, 127, 255, 31 };
static const Format F64 = { 52, 1023, 2047, 63 };

enum { ZERO, FINITE, INF, NAN_ };
typedef struct Unpacked {
    int cls;
    int sign;
    int32_t exp;
    uint64_t sig;
} Unpacked;

static int clz64(uint64_t v) {
    int n = 0;
    if (!(v >> 32)) { n += 32; v <<= 32; }
    if (!(v >> 48)) { n += 16; v <<= 16; }
    if (!(v >> 56)) { n += 8; v <<= 8; }
    if (!(v >> 60)) { n += 4; v <<= 4; }
    if (!(v >> 62)) { n += 2; v <<= 2; }
    if (!(v >> 63)) n += 1;
    return n;
}

static Unpacked unpack(uint64_t bits, const Format *f) {
    Unpacked u;
    u.sign = (int)(bits >> f->sign_shift) & 1;
    int e = (int)(bits >> f->mant) & f->emax;
    uint64_t m = bits & ((UINT64_C(1) << f->mant) - 1);
    u.exp = 0;
    u.sig = 0;
    if (e == f->emax) {
        u.cls = m ? NAN_ : INF;
    } else if (e == 0) {
        u.cls = m ? FINITE : ZERO;
        if (m) {
            int shift = clz64(m);
            u.sig = m << shift;
            u.exp = 64 - f->bias - f->mant - shift;
        }
    } else {
        u.cls = FINITE;
        u.sig = (m | UINT64_C(1) << f->mant) << (63 - f->mant);
        u.exp = e - f->bias;
    }
    return u;
}

static uint64_t pack_inf(int sign, const Format *f) {
    return (uint64_t)sign << f->sign_shift | (uint64_t)f->emax << f->mant;
}

static uint64_t pack_zero(int sign, const Format *f) { return (uint64_t)sign << f->sign_shift; }

static uint64_t default_nan(const Format *f) {
    return (uint64_t)f->emax << f->mant | UINT64_C(1) << (f->mant - 1);
}

static uint64_t quiet(uint64_t nan_bits, const Format *f) {
    return nan_bits | UINT64_C(1) << (f->mant - 1);
}

/* sig >> shift, with the dropped bits OR-ed into bit 0. */
static uint64_t shift_right_jam(uint64_t sig, int shift) {
    if (shift <= 0)
        return sig;
    if (shift >= 64)
        return sig != 0;
    return sig >> shift | ((sig & ((UINT64_C(1) << shift) - 1)) != 0);
}

/* Rounds sign * sig * 2**(exp - 63) (sig != 0) to the format. */
static uint64_t round_pack(int sign, int32_t exp, uint64_t sig, const Format *f) {
    int s = clz64(sig);
    sig <<= s;
    exp -= s;
    int32_t biased = exp + f->bias;
    if (biased >= f->emax)
        return pack_inf(sign, f);
    int shift = 63 - f->mant;
    if (biased < 1) {
        shift += 1 - biased;  /* subnormal: fewer fraction bits */
        biased = 1;
    }
    uint64_t q, guard;
    bool sticky;
    if (shift >= 65) {
        q = 0, guard = 0, sticky = true;
    } else if (shift == 64) {
        q = 0, guard = sig >> 63, sticky = (sig << 1) != 0;
    } else {
        q = sig >> shift;
        uint64_t rest = sig & ((UINT64_C(1) << shift) - 1);
        guard = rest >> (shift - 1);
        sticky = (rest & ((UINT64_C(1) << (shift - 1)) - 1)) != 0;
    }
    if (guard && (sticky || (q & 1)))
        q++;
    /* q holds the implicit bit (when normal): adding it to the exponent
     * field minus one yields the encoding, and a rounding carry moves on
     * into the exponent (subnormal -> normal, normal -> next binade). */
    uint64_t bits = ((uint64_t)(biased - 1) << f->mant) + q;
    if ((bits >> f->mant) >= (uint64_t)f->emax)
        return pack_inf(sign, f);
    return (uint64_t)sign << f->sign_shift | bits;
}

/* ---- add / sub ---------------------------------------------------------------- */

static uint64_t add(uint64_t a_bits, uint64_t b_bits, int negate_b, const Format *f) {
    Unpacked a = unpack(a_bits, f), b = unpack(b_bits, f);
    if (a.cls == NAN_)
        return quiet(a_bits, f);
    if (b.cls == NAN_)
        return quiet(b_bits, f);
    b.sign ^= negate_b;
    if (a.cls == INF) {
        if (b.cls == INF && a.sign != b.sign)
            return default_nan(f);
        return pack_inf(a.sign, f);
    }
    if (b.cls == INF)
        return pack_inf(b.sign, f);
    if (a.cls == ZERO && b.cls == ZERO)
        return pack_zero(a.sign & b.sign, f);
    if (a.cls == ZERO)
        return round_pack(b.sign, b.exp, b.sig, f);
    if (b.cls == ZERO)
        return round_pack(a.sign, a.exp, a.sig, f);
    if (a.exp < b.exp || (a.exp == b.exp && a.sig < b.sig)) {
        Unpacked t = a;
        a = b;
        b = t;
    }
    /* |a| >= |b|; one bit of headroom for the carry */
    uint64_t x = a.sig >> 1, y = shift_right_jam(b.sig >> 1, a.exp - b.exp);
    uint64_t sum = a.sign == b.sign ? x + y : x - y;
    if (sum == 0)
        return pack_zero(0, f);
    return round_pack(a.sign, a.exp + 1, sum, f);
}

/* ---- mul / div ------------------------------------------------------------------ */

/* The high 64 bits of a * b; *low_nonzero tells whether the low half is. */
static uint64_t mul_high(uint64_t a, uint64_t b, bool *low_nonzero) {
    uint64_t a_lo = (uint32_t)a, a_hi = a >> 32, b_lo = (uint32_t)b, b_hi = b >> 32;
    uint64_t ll = a_lo * b_lo, lh = a_lo * b_hi, hl = a_hi * b_lo, hh = a_hi * b_hi;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    uint64_t low = (mid << 32) | (uint32_t)ll;
    *low_nonzero = low != 0;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static uint64_t mul(uint64_t a_bits, uint64_t b_bits, const Format *f) {
    Unpacked a = unpack(a_bits, f), b = unpack(b_bits, f);
    if (a.cls == NAN_)
        return quiet(a_bits, f);
    if (b.cls == NAN_)
        return quiet(b_bits, f);
    int sign = a.sign ^ b.sign;
    if (a.cls == INF || b.cls == INF) {
        if (a.cls == ZERO || b.cls == ZERO)
            return default_nan(f);
        return pack_inf(sign, f);
    }
    if (a.cls == ZERO || b.cls == ZERO)
        return pack_zero(sign, f);
    bool sticky;
    uint64_t high = mul_high(a.sig, b.sig, &sticky);
    return round_pack(sign, a.exp + b.exp + 1, high | sticky, f);
}

static uint64_t divide(uint64_t a_bits, uint64_t b_bits, const Format *f) {
    Unpacked a = unpack(a_bits, f), b = unpack(b_bits, f);
    if (a.cls == NAN_)
        return quiet(a_bits, f);
    if (b.cls == NAN_)
        return quiet(b_bits, f);
    int sign = a.sign ^ b.sign;
    if (a.cls == INF)
        return b.cls == INF ? default_nan(f) : pack_inf(sign, f);
    if (b.cls == INF)
        return pack_zero(sign, f);
    if (b.cls == ZERO)
        return a.cls == ZERO ? default_nan(f) : pack_inf(sign, f);
    if (a.cls == ZERO)
        return pack_zero(sign, f);
    /* 64 quotient bits of (a.sig / b.sig) * 2**63, restoring division */
    uint64_t rem = a.sig >> 1, den = b.sig >> 1, q = 0;
    for (int i = 0; i < 64; i++) {
        q <<= 1;
        if (rem >= den) {
            rem -= den;
            q |= 1;
        }
        rem <<= 1;
    }
    return round_pack(sign, a.exp - b.exp, q | (rem != 0), f);
}

/* ---- compare ---------------------------------------------------------------------- */

static int compare(uint64_t a, uint64_t b, const Format *f) {
    uint64_t mag_mask = (UINT64_C(1) << f->sign_shift) - 1;
    uint64_t inf = (uint64_t)f->emax << f->mant;
    uint64_t am = a & mag_mask, bm = b & mag_mask;
    if (am > inf || bm > inf)
        return 2;
    if (am == 0 && bm == 0)
        return 0;
    int64_t ka = (a >> f->sign_shift) ? -(int64_t)am : (int64_t)am;
    int64_t kb = (b >> f->sign_shift) ? -(int64_t)bm : (int64_t)bm;
    return ka < kb ? -1 : ka > kb;
}

/* ---- conversions ------------------------------------------------------------------ */

static uint64_t from_u64(int sign, uint64_t v, const Format *f) {
    return v ? round_pack(sign, 63, v, f) : pack_zero(0, f);
}

static uint64_t from_i64(int64_t v, const Format *f) {
    return v < 0 ? from_u64(1, (uint64_t)0 - (uint64_t)v, f) : from_u64(0, (uint64_t)v, f);
}

/* |x| truncated, saturated at `max` (which it also returns for inf). */
static uint64_t magnitude_trunc(const Unpacked *u, uint64_t max) {
    if (u->cls == ZERO || (u->cls == FINITE && u->exp < 0))
        return 0;
    if (u->cls == INF || u->exp > 63)
        return max;
    uint64_t m = u->sig >> (63 - u->exp);
    return m > max ? max : m;
}

static int64_t to_i64(uint64_t bits, const Format *f) {
    Unpacked u = unpack(bits, f);
    if (u.cls == NAN_)
        return 0;
    if (u.sign) {
        uint64_t m = magnitude_trunc(&u, UINT64_C(1) << 63);
        return m == UINT64_C(1) << 63 ? INT64_MIN : -(int64_t)m;
    }
    return (int64_t)magnitude_trunc(&u, INT64_MAX);
}

static uint64_t to_u64(uint64_t bits, const Format *f) {
    Unpacked u = unpack(bits, f);
    if (u.cls == NAN_ || u.sign)
        return 0;
    return magnitude_trunc(&u, UINT64_MAX);
}

static int32_t i64_to_i32(int64_t v) { return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int32_t)v; }
static uint32_t u64_to_u32(uint64_t v) { return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v; }

/* ---- the API ----------------------------------------------------------------------- */

sf_bits sf_add(sf_bits a, sf_bits b) { return (sf_bits)add(a, b, 0, &F32); }
sf_bits sf_sub(sf_bits a, sf_bits b) { return (sf_bits)add(a, b, 1, &F32); }
sf_bits sf_mul(sf_bits a, sf_bits b) { return (sf_bits)mul(a, b, &F32); }
sf_bits sf_div(sf_bits a, sf_bits b) { return (sf_bits)divide(a, b, &F32); }
df_bits df_add(df_bits a, df_bits b) { return add(a, b, 0, &F64); }
df_bits df_sub(df_bits a, df_bits b) { return add(a, b, 1, &F64); }
df_bits df_mul(df_bits a, df_bits b) { return mul(a, b, &F64); }
df_bits df_div(df_bits a, df_bits b) { return divide(a, b, &F64); }
int sf_compare(sf_bits a, sf_bits b) { return compare(a, b, &F32); }
int df_compare(df_bits a, df_bits b) { return compare(a, b, &F64); }
sf_bits sf_from_i64(int64_t v) { return (sf_bits)from_i64(v, &F32); }
sf_bits sf_from_u64(uint64_t v) { return (sf_bits)from_u64(0, v, &F32); }
df_bits df_from_i64(int64_t v) { return from_i64(v, &F64); }
df_bits df_from_u64(uint64_t v) { return from_u64(0, v, &F64); }
int32_t sf_to_i32(sf_bits a) { return i64_to_i32(to_i64(a, &F32)); }
uint32_t sf_to_u32(sf_bits a) { return u64_to_u32(to_u64(a, &F32)); }
int64_t sf_to_i64(sf_bits a) { return to_i64(a, &F32); }
uint64_t sf_to_u64(sf_bits a) { return to_u64(a, &F32); }
int32_t df_to_i32(df_bits a) { return i64_to_i32(to_i64(a, &F64)); }
uint32_t df_to_u32(df_bits a) { return u64_to_u32(to_u64(a, &F64)); }
int64_t df_to_i64(df_bits a) { return to_i64(a, &F64); }
uint64_t df_to_u64(df_bits a) { return to_u64(a, &F64); }

df_bits sf_to_df(sf_bits a) {
    Unpacked u = unpack(a, &F32);
    switch (u.cls) {
    case NAN_: return (df_bits)u.sign << 63 | default_nan(&F64) | (df_bits)(a & 0x3FFFFFu) << 29;
    case INF: return pack_inf(u.sign, &F64);
    case ZERO: return pack_zero(u.sign, &F64);
    default: return round_pack(u.sign, u.exp, u.sig, &F64);
    }
}

sf_bits df_to_sf(df_bits a) {
    Unpacked u = unpack(a, &F64);
    switch (u.cls) {
    case NAN_: return (sf_bits)u.sign << 31 | (sf_bits)default_nan(&F32) | (sf_bits)((a >> 29) & 0x3FFFFFu);
    case INF: return (sf_bits)pack_inf(u.sign, &F32);
    case ZERO: return (sf_bits)pack_zero(u.sign, &F32);
    default: return (sf_bits)round_pack(u.sign, u.exp, u.sig, &F32);
    }
}
