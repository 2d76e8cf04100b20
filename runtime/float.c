/* The float type: arithmetic with Python semantics, exact comparisons with
 * ints, hashing consistent with ints, and our own exact decimal <-> binary
 * conversions (built on the bigint code; no libc formatting). */
#include "datatypes.h"
#include "bigint.h"

/* complex.c is linked only when the program can make a complex (see
 * optional.h): a negative float to a fractional power needs it. */
#pragma weak type_complex
#pragma weak rt_complex_new

#if RT_FLOAT_IS_DOUBLE
#define MANT_BITS 53
#define MAX_REPR_DIGITS 17
#else
#define MANT_BITS 24
#define MAX_REPR_DIGITS 9
#endif

Obj rt_float_new(mp_float v) {
    Float *f = rt_alloc_obj(&type_float, sizeof(Float));
    if (!f)
        return 0;
    f->value = v;
    return RT_OBJ(f);
}

static bool is_nan(mp_float x) { return x != x; }
static bool is_inf(mp_float x) { return !is_nan(x) && x - x != 0; }

/* 2**e as a double, for any e (0 or inf beyond the range). */
static double pow2(int e) {
    double r = 1.0;
    while (e > 1000) { r *= 0x1p1000; e -= 1000; }
    while (e < -1000) { r *= 0x1p-1000; e += 1000; }
    union { uint64_t u; double d; } b;
    b.u = (uint64_t)(e + 1023) << 52;
    return r * b.d;
}

/* x = mant * 2**exp with mant an integer (exact), x finite and > 0. */
static void decompose(double x, uint64_t *mant, int *exp) {
    union { uint64_t u; double d; } b = { .d = x };
    int biased = (int)((b.u >> 52) & 0x7ff);
    uint64_t frac = b.u & ((1ull << 52) - 1);
    if (biased == 0) {
        *mant = frac;
        *exp = -1074;
    } else {
        *mant = frac | (1ull << 52);
        *exp = biased - 1075;
    }
}

int rt_get_float(Obj o, mp_float *out) {
    if (obj_is_float(o)) {
        *out = rt_float_value(o);
        return 0;
    }
    if (obj_is_small(o) || type_of(o) == &type_int || type_of(o) == &type_bool) {
        if (type_of(o) == &type_bool)
            o = small_from(((const BoolObj *)o)->value);
        return rt_int_to_float(o, out);
    }
    rt_raise_fmt(&type_TypeError, "can't convert %s to float", rt_type_name(type_of(o)));
    return -1;
}

/* ---- exact decimal conversion --------------------------------------------- */

static Obj ipow10(intptr_t n) {
    return rt_int_binary_op(RT_BINOP_POWER, small_from(10), small_from(n));
}

/* round(num / den) half to even; both positive ints. */
static Obj div_round_even(Obj num, Obj den) {
    Obj qr = rt_int_binary_op(RT_BINOP_DIVMOD, num, den);
    if (!qr)
        return 0;
    Obj q = rt_tuple_items(qr)[0], r = rt_tuple_items(qr)[1];
    Obj twice = rt_int_binary_op(RT_BINOP_ADD, r, r);
    if (!twice)
        return 0;
    int c = rt_int_compare(twice, den);
    if (c > 0 || (c == 0 && rt_int_binary_op(RT_BINOP_AND, q, small_from(1)) == small_from(1)))
        q = rt_int_binary_op(RT_BINOP_ADD, q, small_from(1));
    return q;
}

/* The exact value of x > 0 as num / den. */
static int exact_ratio(double x, Obj *num, Obj *den) {
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    Obj mo = rt_int_from_ull(m);
    if (!mo)
        return -1;
    if (e >= 0) {
        *num = rt_int_binary_op(RT_BINOP_LSHIFT, mo, small_from(e));
        *den = small_from(1);
    } else {
        *num = mo;
        *den = rt_int_binary_op(RT_BINOP_LSHIFT, small_from(1), small_from(-e));
    }
    return *num && *den ? 0 : -1;
}

/* Decimal exponent k with 10**k <= num/den < 10**(k+1). */
static int decimal_exponent(Obj num, Obj den, intptr_t *k_out) {
    intptr_t bits = (intptr_t)rt_int_bit_length(num) - (intptr_t)rt_int_bit_length(den);
    intptr_t k = (bits * 30103) / 100000 - 1;
    for (;;) {
        Obj lhs = num, rhs = den;
        Obj p = ipow10(k < 0 ? -k : k);
        if (!p)
            return -1;
        if (k >= 0)
            rhs = rt_int_binary_op(RT_BINOP_MULTIPLY, den, p);
        else
            lhs = rt_int_binary_op(RT_BINOP_MULTIPLY, num, p);
        if (!lhs || !rhs)
            return -1;
        if (rt_int_compare(lhs, rhs) < 0) {
            k--;
            continue;
        }
        Obj rhs10 = rt_int_binary_op(RT_BINOP_MULTIPLY, rhs, small_from(10));
        if (!rhs10)
            return -1;
        if (rt_int_compare(lhs, rhs10) >= 0) {
            k++;
            continue;
        }
        *k_out = k;
        return 0;
    }
}

/* n significant digits of x > 0, correctly rounded: digits (ASCII, no
 * NUL) and the decimal exponent of the first digit. */
static int sig_digits(double x, int n, char *digits, intptr_t *k_out) {
    Obj num, den;
    intptr_t k;
    if (exact_ratio(x, &num, &den) < 0 || decimal_exponent(num, den, &k) < 0)
        return -1;
    intptr_t scale = n - 1 - k;
    Obj p = ipow10(scale < 0 ? -scale : scale);
    if (!p)
        return -1;
    if (scale >= 0)
        num = rt_int_binary_op(RT_BINOP_MULTIPLY, num, p);
    else
        den = rt_int_binary_op(RT_BINOP_MULTIPLY, den, p);
    Obj q = num && den ? div_round_even(num, den) : 0;
    if (!q)
        return -1;
    Obj limit = ipow10(n);
    if (!limit)
        return -1;
    if (rt_int_compare(q, limit) >= 0) {
        q = rt_int_binary_op(RT_BINOP_FLOOR_DIVIDE, q, small_from(10));
        k++;
    }
    Obj s = rt_int_format(q, 10, NULL, false);
    if (!s)
        return -1;
    for (int i = 0; i < n; i++)
        digits[i] = (size_t)i < rt_str_len(s) ? rt_str_data(s)[i] : '0';
    *k_out = k;
    return 0;
}

/* round(x * 10**n) for x > 0 as a decimal string. */
static Obj fixed_digits(double x, int n) {
    Obj num, den;
    if (exact_ratio(x, &num, &den) < 0)
        return 0;
    Obj p = ipow10(n);
    if (!p || !(num = rt_int_binary_op(RT_BINOP_MULTIPLY, num, p)))
        return 0;
    Obj q = div_round_even(num, den);
    return q ? rt_int_format(q, 10, NULL, false) : 0;
}

/* ---- int <-> float (here so that int.c links no float code) ------------- */

int rt_int_to_float(Obj i, mp_float *out) {
    if (type_of(i) == &type_bool)
        i = small_from(((const BoolObj *)i)->value);
    if (!obj_is_int(i)) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to float", rt_type_name(type_of(i)));
        return -1;
    }
    if (obj_is_small(i)) {
        *out = (mp_float)small_value(i);
        return 0;
    }
    const BigInt *b = (const BigInt *)i;
    /* Top 64 bits with a sticky bit for the rest, then scale: rounds once. */
    size_t bits = rt_int_bit_length(i);
    if (bits > (RT_FLOAT_IS_DOUBLE ? 1024 : 128)) {
        rt_raise_msg(&type_OverflowError, "int too large to convert to float");
        return -1;
    }
    size_t drop = bits > 62 ? bits - 62 : 0;
    uint64_t top = 0;
    bool sticky = false;
    for (size_t k = bits; k-- > drop;)
        top = (top << 1) | ((b->digits[k / 16] >> (k % 16)) & 1);
    for (size_t k = 0; k < drop && !sticky; k++)
        sticky = (b->digits[k / 16] >> (k % 16)) & 1;
    top = (top << 1) | sticky;
    double f = (double)top;
    for (size_t k = 0; k + 1 < drop + 1; k++)
        f *= 2.0;
    f *= 0.5;
    if (f > (RT_FLOAT_IS_DOUBLE ? 1.7976931348623157e308 : 3.4028234663852886e38)) {
        rt_raise_msg(&type_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = (mp_float)(b->negative ? -f : f);
    return 0;
}

Obj rt_int_from_float(mp_float f) {
    if (f != f)
        return rt_raise_msg(&type_ValueError, "can't convert NaN to int");
    if (f - f != 0)
        return rt_raise_msg(&type_OverflowError, "can't convert inf to int");
    bool neg = f < 0;
    double m = neg ? -(double)f : (double)f;
    if (m < 9.0e15) {
        long long v = (long long)m;
        return rt_int_from_ll(neg ? -v : v);
    }
    int exp = 0;
    while (m >= 9007199254740992.0) {
        m *= 0.5;
        exp++;
    }
    Obj r = rt_int_from_ll((long long)m);
    if (!r)
        return 0;
    r = rt_int_binary_op(RT_BINOP_LSHIFT, r, small_from(exp));
    if (r && neg)
        r = rt_int_unary_op(RT_UNARY_NEGATIVE, r);
    return r;
}

Obj rt_float_from_int(Obj i) {
    mp_float f;
    return rt_int_to_float(i, &f) < 0 ? 0 : rt_float_new(f);
}

/* int ** negative int */
Obj rt_int_power_float(Obj a, Obj b) {
    mp_float fa, fb;
    if (rt_int_to_float(a, &fa) < 0 || rt_int_to_float(b, &fb) < 0)
        return 0;
    return rt_float_binary_op(RT_BINOP_POWER, fa, rt_float_new(fb));
}

/* int (lhs, also for reflected calls) op float or complex (rhs). */
Obj rt_int_float_op(BinaryOp op, Obj lhs, Obj rhs) {
    mp_float f;
    if (type_of(rhs) == &type_complex) {
        if (rt_int_to_float(lhs, &f) < 0)
            return 0;
        return rt_binary_op(op, rt_complex_new(f, 0), rhs);
    }
    if (op < RT_BINOP_FIRST_ARITH)
        return rt_float_compare_int(op, rhs, lhs, true);
    if (rt_int_to_float(lhs, &f) < 0)
        return 0;
    return rt_float_binary_op(op, f, rhs);
}

/* Correctly rounded num / den (positive ints) as a double. */
static double ratio_to_double(Obj num, Obj den) {
    intptr_t shift = 63 - ((intptr_t)rt_int_bit_length(num) - (intptr_t)rt_int_bit_length(den));
    if (shift > 0)
        num = rt_int_binary_op(RT_BINOP_LSHIFT, num, small_from(shift));
    else if (shift < 0)
        den = rt_int_binary_op(RT_BINOP_LSHIFT, den, small_from(-shift));
    if (!num || !den)
        return 0;
    Obj qr = rt_int_binary_op(RT_BINOP_DIVMOD, num, den);
    if (!qr)
        return 0;
    Obj q = rt_tuple_items(qr)[0];
    bool sticky = rt_tuple_items(qr)[1] != small_from(0);
    /* q has 63 or 64 bits: keep 62 plus a sticky bit so one rounding
     * happens, in the conversion to double. */
    size_t qbits = rt_int_bit_length(q);
    intptr_t extra = (intptr_t)qbits - 62;
    Num n;
    num_from_obj(&n, q);
    uint64_t top = 0;
    for (size_t b = qbits; b-- > (size_t)(extra > 0 ? extra : 0);)
        top = (top << 1) | ((n.d[b / 16] >> (b % 16)) & 1);
    for (intptr_t b = 0; b < extra; b++)
        sticky |= (n.d[b / 16] >> (b % 16)) & 1;
    top = (top << 1) | sticky;
    double d = (double)top;
    int e = (int)(extra > 0 ? extra : 0) - 1 - (int)shift;
    /* Subnormal results would round twice; round the integer directly. */
    if (e + 63 <= -1022 && e > -1200) {
        int drop = -1074 - e;
        if (drop > 0 && drop < 64) {
            uint64_t half = 1ull << (drop - 1);
            uint64_t kept = top >> drop, rest = top & ((half << 1) - 1);
            if (rest > half || (rest == half && (kept & 1)))
                kept++;
            return (double)kept * pow2(-1074);
        }
    }
    /* Two steps: 2**e alone may underflow though the product does not. */
    return d * pow2(e / 2) * pow2(e - e / 2);
}

/* int / int with one rounding (Python's true division of ints). */
Obj rt_int_true_divide(Obj a, Obj b) {
    if (obj_is_small(a) && obj_is_small(b)) {
        intptr_t x = small_value(a), y = small_value(b);
        if (y != 0 && x > -(1 << 24) && x < (1 << 24) && y > -(1 << 24) && y < (1 << 24))
            return rt_float_new((mp_float)x / (mp_float)y);
    }
    int sb = rt_int_compare(b, small_from(0));
    if (sb == 0)
        return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
    int sa = rt_int_compare(a, small_from(0));
    if (sa == 0)
        return rt_float_new(sb < 0 ? -(mp_float)0.0 : (mp_float)0.0);
    Obj num = sa < 0 ? rt_int_unary_op(RT_UNARY_NEGATIVE, a) : a;
    Obj den = sb < 0 ? rt_int_unary_op(RT_UNARY_NEGATIVE, b) : b;
    if (!num || !den)
        return 0;
    intptr_t bits = (intptr_t)rt_int_bit_length(num) - (intptr_t)rt_int_bit_length(den);
    if (bits > (RT_FLOAT_IS_DOUBLE ? 1025 : 129))
        return rt_raise_msg(&type_OverflowError, "int too large to convert to float");
    double d = ratio_to_double(num, den);
    if (rt_exc_pending())
        return 0;
    if (d > (RT_FLOAT_IS_DOUBLE ? 1.7976931348623157e308 : 3.4028234663852886e38))
        return rt_raise_msg(&type_OverflowError, "int too large to convert to float");
    return rt_float_new((mp_float)((sa < 0) != (sb < 0) ? -d : d));
}

/* ---- repr and formatting ------------------------------------------------- */

static size_t put(char *buf, size_t size, size_t pos, char c) {
    if (pos + 1 < size)
        buf[pos] = c;
    return pos + 1;
}

static size_t put_exp(char *buf, size_t size, size_t pos, intptr_t k, char e) {
    pos = put(buf, size, pos, e);
    pos = put(buf, size, pos, k < 0 ? '-' : '+');
    intptr_t m = k < 0 ? -k : k;
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (n < 2)
        tmp[n++] = '0';
    while (n)
        pos = put(buf, size, pos, tmp[--n]);
    return pos;
}

static size_t finish(char *buf, size_t size, size_t pos) {
    buf[pos < size ? pos : size - 1] = 0;
    return pos < size ? pos : size - 1;
}

static size_t special(mp_float v, char *buf, size_t size, bool upper) {
    size_t pos = 0;
    const char *t = is_nan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    if (!is_nan(v) && v < 0)
        pos = put(buf, size, pos, '-');
    while (*t)
        pos = put(buf, size, pos, *t++);
    return finish(buf, size, pos);
}

/* Lays out digits d[0..n) with exponent k: positional or scientific. */
static size_t layout(char *buf, size_t size, size_t pos, const char *d, int n, intptr_t k, bool sci, char e, bool keep_point_zero) {
    if (sci) {
        pos = put(buf, size, pos, d[0]);
        if (n > 1) {
            pos = put(buf, size, pos, '.');
            for (int i = 1; i < n; i++)
                pos = put(buf, size, pos, d[i]);
        }
        return put_exp(buf, size, pos, k, e);
    }
    if (k < 0) {
        pos = put(buf, size, pos, '0');
        pos = put(buf, size, pos, '.');
        for (intptr_t i = -1; i > k; i--)
            pos = put(buf, size, pos, '0');
        for (int i = 0; i < n; i++)
            pos = put(buf, size, pos, d[i]);
        return pos;
    }
    for (intptr_t i = 0; i <= k; i++)
        pos = put(buf, size, pos, i < n ? d[i] : '0');
    if (n > k + 1) {
        pos = put(buf, size, pos, '.');
        for (int i = (int)k + 1; i < n; i++)
            pos = put(buf, size, pos, d[i]);
    } else if (keep_point_zero) {
        pos = put(buf, size, pos, '.');
        pos = put(buf, size, pos, '0');
    }
    return pos;
}

/* The mantissa / exponent of an mp_float x > 0 (x = f * 2**e), the
 * mantissa width and the smallest exponent of the format. */
static void decompose_mp(mp_float x, uint64_t *f, int *e, int *p, int *min_e) {
#if RT_FLOAT_IS_DOUBLE
    decompose((double)x, f, e);
    *p = 53;
    *min_e = -1074;
#else
    union { uint32_t u; float f; } b = { .f = x };
    int biased = (int)((b.u >> 23) & 0xff);
    uint32_t frac = b.u & ((1u << 23) - 1);
    *f = biased ? (frac | (1u << 23)) : frac;
    *e = biased ? biased - 150 : -149;
    *p = 24;
    *min_e = -149;
#endif
}

#define OP(op, a, b) rt_int_binary_op(RT_BINOP_##op, (a), (b))

/* Shortest digits that read back as x (free-format digit generation with
 * exact integers, Steele & White / Burger & Dybvig). Returns the digit
 * count; *k_out is the decimal exponent of the first digit. */
static int shortest_digits(mp_float x, char *digits, intptr_t *k_out) {
    uint64_t f;
    int e, p, min_e;
    decompose_mp(x, &f, &e, &p, &min_e);
    bool even = (f & 1) == 0;
    bool boundary = f == (1ull << (p - 1)) && e > min_e;
    Obj fo = rt_int_from_ull(f), r, s, mp, mm;
    if (!fo)
        return -1;
    if (e >= 0) {
        Obj be = OP(LSHIFT, small_from(1), small_from(e));
        if (!be)
            return -1;
        if (!boundary) {
            r = OP(LSHIFT, fo, small_from(e + 1));
            s = small_from(2);
            mp = mm = be;
        } else {
            r = OP(LSHIFT, fo, small_from(e + 2));
            s = small_from(4);
            mp = OP(LSHIFT, be, small_from(1));
            mm = be;
        }
    } else {
        if (!boundary) {
            r = OP(LSHIFT, fo, small_from(1));
            s = OP(LSHIFT, small_from(1), small_from(1 - e));
            mp = mm = small_from(1);
        } else {
            r = OP(LSHIFT, fo, small_from(2));
            s = OP(LSHIFT, small_from(1), small_from(2 - e));
            mp = small_from(2);
            mm = small_from(1);
        }
    }
    if (!r || !s || !mp || !mm)
        return -1;
    /* k: smallest with (r + m+) / s <= 10**k (< when the high end is out). */
    intptr_t bits = e + (intptr_t)rt_int_bit_length(fo);
    intptr_t k = ((bits - 1) * 30103) / 100000;
    if (bits - 1 < 0)
        k -= 1;
    Obj scale = ipow10(k < 0 ? -k : k);
    if (!scale)
        return -1;
    if (k >= 0) {
        s = OP(MULTIPLY, s, scale);
    } else {
        r = OP(MULTIPLY, r, scale);
        mp = OP(MULTIPLY, mp, scale);
        mm = OP(MULTIPLY, mm, scale);
    }
    for (;;) {
        Obj high = r && mp ? OP(ADD, r, mp) : 0;
        if (!high || !s)
            return -1;
        int c = rt_int_compare(high, s);
        if (!(even ? c >= 0 : c > 0))
            break;
        s = OP(MULTIPLY, s, small_from(10));
        k++;
    }
    int n = 0;
    for (;;) {
        r = OP(MULTIPLY, r, small_from(10));
        mp = OP(MULTIPLY, mp, small_from(10));
        mm = OP(MULTIPLY, mm, small_from(10));
        Obj qr = r ? OP(DIVMOD, r, s) : 0;
        if (!qr || !mp || !mm)
            return -1;
        intptr_t d = small_value(rt_tuple_items(qr)[0]);
        r = rt_tuple_items(qr)[1];
        int c_low = rt_int_compare(r, mm);
        Obj high = OP(ADD, r, mp);
        if (!high)
            return -1;
        int c_high = rt_int_compare(high, s);
        bool tc1 = even ? c_low <= 0 : c_low < 0;
        bool tc2 = even ? c_high >= 0 : c_high > 0;
        if (tc1 && tc2) {
            Obj twice = OP(ADD, r, r);
            if (!twice)
                return -1;
            int c = rt_int_compare(twice, s);
            if (c > 0 || (c == 0 && (d & 1)))
                d++;
        } else if (tc2) {
            d++;
        }
        digits[n++] = (char)('0' + d);
        if (tc1 || tc2 || n >= MAX_REPR_DIGITS + 1)
            break;
    }
    *k_out = k - 1;
    return n;
}

size_t rt_float_repr(mp_float v, char *buf, size_t size) {
    if (is_nan(v) || is_inf(v))
        return special(v, buf, size, false);
    size_t pos = 0;
    if (v < 0 || (v == 0 && 1 / v < 0))
        pos = put(buf, size, pos, '-');
    mp_float x = v < 0 ? -v : v;
    if (x == 0) {
        pos = put(buf, size, pos, '0');
        pos = put(buf, size, pos, '.');
        return finish(buf, size, put(buf, size, pos, '0'));
    }
    char d[MAX_REPR_DIGITS + 2];
    intptr_t k = 0;
    Obj saved = rt_exc_take();
    int n = shortest_digits(x, d, &k);
    if (n <= 0) {
        /* Out of memory while formatting: a short, honest marker. */
        rt_exc_clear();
        n = 1;
        d[0] = '?';
    }
    rt_state.exc = saved;
    while (n > 1 && d[n - 1] == '0')
        n--;
    bool sci = k < -4 || k >= 16;
    pos = layout(buf, size, pos, d, n, k, sci, 'e', true);
    return finish(buf, size, pos);
}

size_t rt_float_format(mp_float v, char fmt, int prec, char *buf, size_t size) {
    bool upper = fmt >= 'A' && fmt <= 'Z';
    char lower = (char)(fmt | 0x20);
    char e = upper ? 'E' : 'e';
    if (is_nan(v) || is_inf(v))
        return special(v, buf, size, upper);
    if (prec < 0)
        prec = 6;
    if (prec > 200)
        prec = 200;
    size_t pos = 0;
    if (v < 0 || (v == 0 && 1 / v < 0))
        pos = put(buf, size, pos, '-');
    double x = v < 0 ? -(double)v : (double)v;
    Obj saved = rt_exc_take();
    if (lower == 'f') {
        Obj s = x == 0 ? NAME(empty) : fixed_digits(x, prec);
        if (!s) {
            rt_exc_clear();
            s = NAME(empty);
        }
        const char *ds = rt_str_data(s);
        size_t n = rt_str_len(s);
        /* n digits represent x * 10**prec */
        size_t int_digits = n > (size_t)prec ? n - (size_t)prec : 0;
        if (int_digits == 0)
            pos = put(buf, size, pos, '0');
        for (size_t i = 0; i < int_digits; i++)
            pos = put(buf, size, pos, ds[i]);
        if (prec > 0) {
            pos = put(buf, size, pos, '.');
            for (size_t i = 0; i < (size_t)prec; i++) {
                size_t from_end = (size_t)prec - i;
                pos = put(buf, size, pos, from_end <= n ? ds[n - from_end] : '0');
            }
        }
        rt_state.exc = saved;
        return finish(buf, size, pos);
    }
    int n = lower == 'e' ? prec + 1 : (prec == 0 ? 1 : prec);
    char dstack[64];
    char *d = n <= 64 ? dstack : rt_alloc((size_t)n);
    intptr_t k = 0;
    if (!d || x == 0 || sig_digits(x, n, d, &k) < 0) {
        rt_exc_clear();
        d = dstack;
        n = n <= 64 ? n : 64;
        for (int i = 0; i < n; i++)
            d[i] = '0';
        k = 0;
    }
    rt_state.exc = saved;
    if (lower == 'e')
        return finish(buf, size, layout(buf, size, pos, d, n, k, true, e, false));
    bool sci = k < -4 || k >= n;
    while (n > 1 && d[n - 1] == '0')
        n--;
    return finish(buf, size, layout(buf, size, pos, d, n, k, sci, e, false));
}

static int float_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    char buf[40];
    size_t n = rt_float_repr(rt_float_value(self), buf, sizeof buf);
    return rt_stream_write(s, buf, n);
}

/* ---- parsing -------------------------------------------------------------------- */

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = rt_strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

Obj rt_float_parse(const char *s, size_t len) {
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (match_word(p, end, "inf") || match_word(p, end, "infinity"))
        return rt_float_new(neg ? -(mp_float)pow2(2000) : (mp_float)pow2(2000));
    if (match_word(p, end, "nan")) {
        mp_float inf = (mp_float)pow2(2000);
        return rt_float_new(neg ? -(inf - inf) : inf - inf);
    }
    /* Collect significant digits (capped; the rest only as a sticky 1). */
    enum { MAX_DIGITS = 800 };
    char digits[MAX_DIGITS + 1];
    size_t n_digits = 0;
    intptr_t exp10 = 0;
    bool any = false, seen_point = false, sticky = false, prev_digit = false;
    for (; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            any = true;
            prev_digit = true;
            if (n_digits == 0 && c == '0') {
                if (seen_point)
                    exp10--;
                continue;
            }
            if (n_digits < MAX_DIGITS) {
                digits[n_digits++] = c;
                if (seen_point)
                    exp10--;
            } else {
                sticky |= c != '0';
                if (!seen_point)
                    exp10++;
            }
        } else if (c == '_' && prev_digit && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            prev_digit = false;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
            prev_digit = false;
        } else {
            break;
        }
    }
    if (!any)
        goto bad;
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        if (p == end)
            goto bad;
        intptr_t e = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (e < 100000)
                e = e * 10 + (*p - '0');
        exp10 += eneg ? -e : e;
    }
    if (p != end)
        goto bad;
    if (sticky && n_digits == MAX_DIGITS)
        digits[n_digits++] = '1', exp10--;
    double result;
    if (n_digits == 0) {
        result = 0;
    } else if (exp10 + (intptr_t)n_digits > 330) {
        result = pow2(2000);
    } else if (exp10 + (intptr_t)n_digits < -345) {
        result = 0;
    } else {
        Obj num = rt_int_parse(digits, n_digits, 10), den = small_from(1);
        if (!num)
            return 0;
        if (exp10 >= 0)
            num = rt_int_binary_op(RT_BINOP_MULTIPLY, num, ipow10(exp10));
        else
            den = ipow10(-exp10);
        if (!num || !den)
            return 0;
        result = ratio_to_double(num, den);
        if (rt_exc_pending())
            return 0;
    }
    return rt_float_new((mp_float)(neg ? -result : result));
bad:
    return rt_raise_msg(&type_ValueError, "invalid syntax for number");
}

/* ---- arithmetic ------------------------------------------------------------------ */

static mp_float floor_f(mp_float x) {
    return (mp_float)__builtin_floor((double)x);
}

Obj rt_float_binary_op(BinaryOp op, mp_float a, Obj b_obj) {
    mp_float b;
    if (type_of(b_obj) == &type_complex)
        return rt_binary_op(op, rt_complex_new(a, 0), b_obj);
    if (rt_get_float(b_obj, &b) < 0) {
        rt_exc_clear();
        return RT_NOT_IMPLEMENTED;
    }
    switch (RT_BINOP_BASE(op)) {
    case RT_BINOP_ADD: return rt_float_new(a + b);
    case RT_BINOP_SUBTRACT: return rt_float_new(a - b);
    case RT_BINOP_MULTIPLY: return rt_float_new(a * b);
    case RT_BINOP_TRUE_DIVIDE:
        if (b == 0)
            return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
        return rt_float_new(a / b);
    case RT_BINOP_FLOOR_DIVIDE:
    case RT_BINOP_MODULO:
    case RT_BINOP_DIVMOD: {
        if (b == 0)
            return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
        mp_float mod = (mp_float)__builtin_fmod((double)a, (double)b);
        mp_float div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1;
            }
        } else {
            mod = b < 0 ? -(mp_float)0.0 : (mp_float)0.0;
        }
        mp_float floordiv;
        if (div != 0) {
            floordiv = floor_f(div);
            if (div - floordiv > (mp_float)0.5)
                floordiv += 1;
        } else {
            floordiv = (a / b) < 0 ? -(mp_float)0.0 : (mp_float)0.0;
        }
        if (RT_BINOP_BASE(op) == RT_BINOP_FLOOR_DIVIDE)
            return rt_float_new(floordiv);
        if (RT_BINOP_BASE(op) == RT_BINOP_MODULO)
            return rt_float_new(mod);
        Obj qr[2] = { rt_float_new(floordiv), rt_float_new(mod) };
        if (!qr[0] || !qr[1])
            return 0;
        return rt_tuple_new(2, qr);
    }
    case RT_BINOP_POWER:
        if (a == 0 && b < 0)
            return rt_raise_msg(&type_ZeroDivisionError, "0.0 to a negative power");
        if (a < 0 && b != floor_f(b) && !is_inf(b) && !is_nan(b)) {
            if (!&type_complex)
                return rt_raise_msg(&type_NotImplementedError, "complex is not linked into this firmware");
            Obj c = rt_complex_new(a, 0);
            return c ? rt_binary_op(RT_BINOP_POWER, c, b_obj) : 0;
        }
        return rt_float_new((mp_float)__builtin_pow((double)a, (double)b));
    case RT_BINOP_LESS: return rt_bool(a < b);
    case RT_BINOP_MORE: return rt_bool(a > b);
    case RT_BINOP_EQUAL: return rt_bool(a == b);
    case RT_BINOP_LESS_EQUAL: return rt_bool(a <= b);
    case RT_BINOP_MORE_EQUAL: return rt_bool(a >= b);
    case RT_BINOP_NOT_EQUAL: return rt_bool(a != b);
    default: return RT_NOT_IMPLEMENTED;
    }
}

/* Exact comparison of a float with an int. */
Obj rt_float_compare_int(BinaryOp op, Obj f_obj, Obj i, bool int_on_left) {
    mp_float f = rt_float_value(f_obj);
    int c;   /* sign of (float - int) */
    if (is_nan(f)) {
        return rt_bool(op == RT_BINOP_NOT_EQUAL);
    } else if (is_inf(f)) {
        c = f > 0 ? 1 : -1;
    } else {
        mp_float fl = floor_f(f);
        Obj fi = rt_int_from_float(fl);
        if (!fi)
            return 0;
        c = rt_int_compare(fi, i);
        if (c == 0 && f != fl)
            c = 1;
    }
    if (int_on_left)
        c = -c;
    switch (op) {
    case RT_BINOP_LESS: return rt_bool(c < 0);
    case RT_BINOP_MORE: return rt_bool(c > 0);
    case RT_BINOP_EQUAL: return rt_bool(c == 0);
    case RT_BINOP_LESS_EQUAL: return rt_bool(c <= 0);
    case RT_BINOP_MORE_EQUAL: return rt_bool(c >= 0);
    case RT_BINOP_NOT_EQUAL: return rt_bool(c != 0);
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj float_binary_slot(BinaryOp op, Obj lhs, Obj rhs) {
    if (op & RT_BINOP_REVERSE) {
        mp_float a;
        if (rt_get_float(lhs, &a) < 0) {
            rt_exc_clear();
            return RT_NOT_IMPLEMENTED;
        }
        return rt_float_binary_op((BinaryOp)(op & ~RT_BINOP_REVERSE), a, rhs);
    }
    if (op < RT_BINOP_FIRST_ARITH && obj_is_int(rhs))
        return rt_float_compare_int(op, lhs, rhs, false);
    return rt_float_binary_op(op, rt_float_value(lhs), rhs);
}

static Obj float_unary_op(UnaryOp op, Obj self) {
    mp_float v = rt_float_value(self);
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(v != 0);
    case RT_UNARY_POSITIVE:
    case RT_UNARY_FLOAT: return self;
    case RT_UNARY_NEGATIVE: return rt_float_new(-v);
    case RT_UNARY_ABS: return rt_float_new(v < 0 || (v == 0 && 1 / v < 0) ? -v : v);
    case RT_UNARY_INT: return rt_int_from_float(v);
    case RT_UNARY_HASH: {
        if (is_nan(v) || is_inf(v))
            return small_from(is_nan(v) ? 0 : (v > 0 ? 314159 : -314159));
        if (v == floor_f(v)) {
            Obj i = rt_int_from_float(v);
            return i ? rt_hash(i) : 0;
        }
        union { uint64_t u; double d; } b = { .d = (double)v };
        return small_from((intptr_t)((uintptr_t)(b.u ^ (b.u >> 32)) & (uintptr_t)RT_SMALL_MAX));
    }
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj float_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    if (n_args == 0)
        return rt_float_new(0);
    Obj x = args[0];
    if (obj_is_float(x))
        return x;
    if (obj_is_str(x))
        return rt_float_parse(rt_str_data(x), rt_str_len(x));
    mp_float f;
    if (obj_is_int(x) || type_of(x) == &type_bool)
        return rt_get_float(x, &f) < 0 ? 0 : rt_float_new(f);
    return rt_unary_op(RT_UNARY_FLOAT, x);
}

const Type type_float = {
    .type = &type_type,
    .name = NAME(float),
    .base = &type_object,
    .make_new = float_make_new,
    .print = float_print,
    .unary_op = float_unary_op,
    .binary_op = float_binary_slot,
};

/* ---- format specs (format(), str.format, %) ------------------------------ */

/* %#g: like %g but trailing zeros (and the point) stay. */
static size_t format_g_keep_zeros(mp_float a, char type, int prec, char *buf, size_t size) {
    char e = type == 'G' ? 'E' : 'e';
    size_t n = rt_float_format(a, e, prec - 1, buf, size);
    int exp = 0;
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == e) {
            int sign = buf[i + 1] == '-' ? -1 : 1;
            for (size_t k = i + 2; k < n; k++)
                exp = exp * 10 + (buf[k] - '0');
            exp *= sign;
            break;
        }
    }
    if (a != a || a - a != 0)
        return n;
    if (exp < -4 || exp >= prec) {
        if (prec == 1 && n + 1 < size) {
            rt_memmove(buf + 2, buf + 1, n);
            buf[1] = '.';
            n++;
        }
        return n;
    }
    n = rt_float_format(a, type == 'G' ? 'F' : 'f', prec - 1 - exp, buf, size);
    bool has_point = false;
    for (size_t i = 0; i < n; i++)
        has_point |= buf[i] == '.';
    if (!has_point && n + 1 < size) {
        buf[n++] = '.';
        buf[n] = 0;
    }
    return n;
}

/* No type with a precision: %g, except that the switch to exponent form
 * comes one digit earlier and fixed-point keeps a digit after the point. */
static size_t format_general(mp_float a, int prec, char *buf, size_t size) {
    size_t n = rt_float_format(a, 'e', prec - 1, buf, size);
    if (a != a || a - a != 0)
        return n;
    int exp = 0, sign = 1;
    size_t e_at = n;
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == 'e') {
            e_at = i;
            sign = buf[i + 1] == '-' ? -1 : 1;
            for (size_t k = i + 2; k < n; k++)
                exp = exp * 10 + (buf[k] - '0');
            break;
        }
    }
    exp *= sign;
    if (exp < -4 || exp >= prec - 1) {
        /* Strip zeros of the mantissa: 2.50e+00 -> 2.5e+00. */
        size_t m = e_at;
        while (m > 1 && buf[m - 1] == '0')
            m--;
        if (m > 0 && buf[m - 1] == '.')
            m--;
        rt_memmove(buf + m, buf + e_at, n - e_at + 1);
        return n - (e_at - m);
    }
    n = rt_float_format(a, 'f', prec - 1 - exp, buf, size);
    bool has_point = false;
    for (size_t i = 0; i < n; i++)
        has_point |= buf[i] == '.';
    if (has_point) {
        while (n > 2 && buf[n - 1] == '0' && buf[n - 2] != '.')
            n--;
    } else if (n + 2 < size) {
        buf[n++] = '.';
        buf[n++] = '0';
    }
    buf[n] = 0;
    return n;
}

int rt_float_format_spec(Stream *out, const FormatSpec *f, mp_float v) {
    char type = f->type;
    char buf[420];
    size_t n;
    bool negative = v < 0 || (v == 0 && 1 / v < 0);
    mp_float a = negative ? -v : v;
    intptr_t prec = f->precision;
    if (prec > 300)
        prec = 300;
    if (type == 0 && prec < 0) {
        n = rt_float_repr(a, buf, sizeof buf);
    } else if (type == 0) {
        n = format_general(a, prec ? (int)prec : 1, buf, sizeof buf);
    } else if (type == 'n') {
        n = rt_float_format(a, 'g', prec < 0 ? 6 : (int)(prec ? prec : 1), buf, sizeof buf);
        bool has_point = false;
        for (size_t i = 0; i < n; i++)
            has_point |= buf[i] == '.' || buf[i] == 'e' || buf[i] == 'n' || buf[i] == 'i';
        if (type == 0 && !has_point && n + 2 < sizeof buf) {
            buf[n++] = '.';
            buf[n++] = '0';
            buf[n] = 0;
        }
    } else if (type == '%') {
        n = rt_float_format(a * 100, 'f', prec < 0 ? 6 : (int)prec, buf, sizeof buf);
        buf[n++] = '%';
        buf[n] = 0;
    } else if (f->alternate && (type == 'g' || type == 'G')) {
        n = format_g_keep_zeros(a, type, prec < 0 ? 6 : (int)(prec ? prec : 1), buf, sizeof buf);
    } else {
        n = rt_float_format(a, type, prec < 0 ? 6 : (int)prec, buf, sizeof buf);
        if (f->alternate && prec == 0 && n + 1 < sizeof buf && a == a && a - a == 0) {
            /* '#' keeps the point: 7. and 7.e+00 */
            size_t at = (type == 'f' || type == 'F') ? n : 1;
            rt_memmove(buf + at + 1, buf + at, n - at + 1);
            buf[at] = '.';
            n++;
        }
    }
    return rt_format_number(out, f, negative, "", buf, n, 0);
}
