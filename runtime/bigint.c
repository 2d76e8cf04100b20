/* Arbitrary-precision integers: sign + magnitude in 16-bit digits (least
 * significant first). Every result that fits a small int becomes one, so
 * a BigInt always holds a value outside the small-int range. */
#include "rt_internal.h"
#include "bigint.h"
#include "optional.h"
#include "hooks.h"

#define DIGIT_BITS 16
#define DIGIT_BASE 65536u

BigInt *rt_bigint_alloc(size_t n_digits) {
    if (n_digits > 0x7ffffff)
        return (BigInt *)(rt_raise_memory_error(), NULL);
    BigInt *b = rt_alloc_obj(&type_int, sizeof(BigInt) + (n_digits ? n_digits : 1) * sizeof(BigDigit));
    if (b)
        b->len = (uint32_t)n_digits;
    return b;
}

void num_from_obj(Num *n, Obj o) {
    if (type_of(o) == &type_bool)
        o = small_from(((const BoolObj *)o)->value);
    if (obj_is_small(o)) {
        intptr_t v = small_value(o);
        uintptr_t m = v < 0 ? 0u - (uintptr_t)v : (uintptr_t)v;
        n->neg = v < 0;
        n->d = n->buf;
        n->len = 0;
        while (m) {
            n->buf[n->len++] = (BigDigit)(m & 0xffff);
            m >>= DIGIT_BITS;
        }
        return;
    }
    const BigInt *b = (const BigInt *)o;
    n->neg = b->negative;
    n->len = b->len;
    n->d = (BigDigit *)b->digits;
}

static size_t trim(const BigDigit *d, size_t n) {
    while (n && d[n - 1] == 0)
        n--;
    return n;
}

/* Makes the result object: small int when it fits. */
Obj num_result(BigInt *b, size_t len, bool neg) {
    len = trim(b->digits, len);
    if (len * DIGIT_BITS <= sizeof(uintptr_t) * 8) {
        uintptr_t m = 0;
        for (size_t i = len; i-- > 0;)
            m = (m << DIGIT_BITS) | b->digits[i];
        if (!neg && m <= (uintptr_t)RT_SMALL_MAX) {
            rt_free(b);
            return small_from((intptr_t)m);
        }
        if (neg && m <= (uintptr_t)RT_SMALL_MAX + 1) {
            rt_free(b);
            return small_from(-(intptr_t)(m - 1) - 1);
        }
    }
    b->len = (uint32_t)len;
    b->negative = neg && len;
    return RT_OBJ(b);
}

Obj rt_int_normalize(BigInt *b) {
    return num_result(b, b->len, b->negative);
}

Obj rt_bigint_from_small_overflow(intptr_t v) {
    return rt_int_from_ll(v);
}

Obj rt_int_from_ull_sign(unsigned long long m, bool neg) {
    BigInt *b = rt_bigint_alloc(4);
    if (!b)
        return 0;
    for (int i = 0; i < 4; i++) {
        b->digits[i] = (BigDigit)(m & 0xffff);
        m >>= DIGIT_BITS;
    }
    return num_result(b, 4, neg);
}

int mag_compare(const BigDigit *a, size_t na, const BigDigit *b, size_t nb) {
    na = trim(a, na);
    nb = trim(b, nb);
    if (na != nb)
        return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a + b (r has max(na, nb) + 1 digits). */
static size_t mag_add(BigDigit *r, const BigDigit *a, size_t na, const BigDigit *b, size_t nb) {
    if (na < nb) {
        const BigDigit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    uint32_t carry = 0;
    for (size_t i = 0; i < na; i++) {
        carry += (uint32_t)a[i] + (i < nb ? b[i] : 0);
        r[i] = (BigDigit)carry;
        carry >>= DIGIT_BITS;
    }
    r[na] = (BigDigit)carry;
    return na + 1;
}

/* r = a - b, requires |a| >= |b|. */
static size_t mag_sub(BigDigit *r, const BigDigit *a, size_t na, const BigDigit *b, size_t nb) {
    int32_t borrow = 0;
    for (size_t i = 0; i < na; i++) {
        int32_t x = (int32_t)a[i] - (i < nb ? b[i] : 0) - borrow;
        borrow = x < 0;
        r[i] = (BigDigit)(x + (borrow ? (int32_t)DIGIT_BASE : 0));
    }
    return na;
}

static Obj add_signed(const Num *a, const Num *b, bool negate_b) {
    bool bneg = b->neg != negate_b;
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    BigInt *r = rt_bigint_alloc(n);
    if (!r)
        return 0;
    if (a->neg == bneg)
        return num_result(r, mag_add(r->digits, a->d, a->len, b->d, b->len), a->neg);
    if (mag_compare(a->d, a->len, b->d, b->len) >= 0)
        return num_result(r, mag_sub(r->digits, a->d, a->len, b->d, b->len), a->neg);
    return num_result(r, mag_sub(r->digits, b->d, b->len, a->d, a->len), bneg);
}

static void mag_mul(BigDigit *r, const BigDigit *a, size_t na, const BigDigit *b, size_t nb) {
    for (size_t i = 0; i < na + nb; i++)
        r[i] = 0;
    for (size_t i = 0; i < na; i++) {
        uint32_t carry = 0;
        for (size_t j = 0; j < nb; j++) {
            carry += (uint32_t)a[i] * b[j] + r[i + j];
            r[i + j] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
        r[i + nb] = (BigDigit)carry;
    }
}

static Obj mul_signed(const Num *a, const Num *b) {
    BigInt *r = rt_bigint_alloc(a->len + b->len + 1);
    if (!r)
        return 0;
    mag_mul(r->digits, a->d, a->len, b->d, b->len);
    return num_result(r, a->len + b->len, a->neg != b->neg);
}

/* Divides a (na digits) by a single digit in place; returns the remainder. */
uint32_t mag_divmod_digit(BigDigit *a, size_t na, uint32_t divisor) {
    uint32_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint32_t cur = (rem << DIGIT_BITS) | a[i];
        a[i] = (BigDigit)(cur / divisor);
        rem = cur % divisor;
    }
    return rem;
}

/* Knuth's algorithm D: q = a / b, r = a % b for magnitudes (nb >= 1,
 * b[nb-1] != 0). q has na - nb + 1 digits, r has nb digits. */
static int mag_divmod(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *q, BigDigit *r) {
    if (mag_compare(a, na, b, nb) < 0) {
        for (size_t i = 0; i + nb <= na; i++)
            q[i] = 0;
        for (size_t i = 0; i < nb; i++)
            r[i] = i < na ? a[i] : 0;
        return 0;
    }
    if (nb == 1) {
        for (size_t i = 0; i < na; i++)
            q[i] = a[i];
        r[0] = (BigDigit)mag_divmod_digit(q, na, b[0]);
        return 0;
    }
    int shift = 0;
    while (!((b[nb - 1] << shift) & 0x8000))
        shift++;
    BigDigit *u = rt_alloc((na + 1) * sizeof(BigDigit));
    BigDigit *v = rt_alloc(nb * sizeof(BigDigit));
    if (!u || !v)
        return -1;
    for (size_t i = nb; i-- > 0;)
        v[i] = (BigDigit)((b[i] << shift) | (shift && i ? b[i - 1] >> (DIGIT_BITS - shift) : 0));
    u[na] = (BigDigit)(shift ? a[na - 1] >> (DIGIT_BITS - shift) : 0);
    for (size_t i = na; i-- > 0;)
        u[i] = (BigDigit)((a[i] << shift) | (shift && i ? a[i - 1] >> (DIGIT_BITS - shift) : 0));
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint32_t num = ((uint32_t)u[j + nb] << DIGIT_BITS) | u[j + nb - 1];
        uint32_t qhat = num / v[nb - 1];
        uint32_t rhat = num % v[nb - 1];
        while (qhat >= DIGIT_BASE || (uint64_t)qhat * v[nb - 2] > (((uint64_t)rhat << DIGIT_BITS) | u[j + nb - 2])) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat >= DIGIT_BASE)
                break;
        }
        int64_t borrow = 0;
        uint32_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            uint32_t p = qhat * v[i] + carry;
            carry = p >> DIGIT_BITS;
            int64_t t = (int64_t)u[i + j] - (p & 0xffff) - borrow;
            borrow = t < 0;
            u[i + j] = (BigDigit)(t + (borrow ? DIGIT_BASE : 0));
        }
        int64_t t = (int64_t)u[j + nb] - carry - borrow;
        borrow = t < 0;
        u[j + nb] = (BigDigit)(t + (borrow ? DIGIT_BASE : 0));
        if (borrow) {
            qhat--;
            uint32_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint32_t)u[i + j] + v[i];
                u[i + j] = (BigDigit)c;
                c >>= DIGIT_BITS;
            }
            u[j + nb] = (BigDigit)(u[j + nb] + c);
        }
        q[j] = (BigDigit)qhat;
    }
    for (size_t i = 0; i < nb; i++)
        r[i] = (BigDigit)((u[i] >> shift) | (shift ? (uint32_t)u[i + 1] << (DIGIT_BITS - shift) : 0));
    rt_free(u);
    rt_free(v);
    return 0;
}

/* Floor division and modulo (Python semantics). Either out may be NULL. */
int num_divmod(const Num *a, const Num *b, Obj *q_out, Obj *r_out) {
    size_t nb = trim(b->d, b->len);
    if (nb == 0) {
        rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
        return -1;
    }
    size_t na = trim(a->d, a->len);
    size_t nq = na >= nb ? na - nb + 1 : 1;
    BigInt *q = rt_bigint_alloc(nq + 1);
    BigInt *r = rt_bigint_alloc(nb + 1);
    if (!q || !r)
        return -1;
    if (na == 0) {
        q->len = 0;
        r->len = 0;
    } else if (mag_divmod(a->d, na, b->d, nb, q->digits, r->digits) < 0) {
        return -1;
    }
    size_t qlen = na >= nb ? nq : 0;
    bool r_nonzero = trim(r->digits, nb) != 0;
    bool neg = a->neg != b->neg;
    if (neg && r_nonzero) {
        /* floor: q = -(|q| + 1), r = |b| - |r| with b's sign */
        q->digits[qlen] = 0;
        uint32_t carry = 1;
        for (size_t i = 0; i <= qlen && carry; i++) {
            carry += q->digits[i];
            q->digits[i] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
        qlen++;
        mag_sub(r->digits, b->d, nb, r->digits, nb);
    }
    if (q_out && !(*q_out = num_result(q, qlen, neg)))
        return -1;
    if (r_out && !(*r_out = num_result(r, nb, b->neg)))
        return -1;
    return 0;
}

/* Two's-complement view of n in `len` digits (len > n->len). */
static void to_twos(const Num *n, BigDigit *out, size_t len) {
    for (size_t i = 0; i < len; i++)
        out[i] = i < n->len ? n->d[i] : 0;
    if (n->neg) {
        uint32_t carry = 1;
        for (size_t i = 0; i < len; i++) {
            carry += (uint16_t)~out[i];
            out[i] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
    }
}

static Obj bitwise(BinaryOp op, const Num *a, const Num *b) {
    size_t len = (a->len > b->len ? a->len : b->len) + 1;
    BigInt *r = rt_bigint_alloc(len);
    BigDigit *tb = rt_alloc(len * sizeof(BigDigit));
    if (!r || !tb)
        return 0;
    to_twos(a, r->digits, len);
    to_twos(b, tb, len);
    for (size_t i = 0; i < len; i++) {
        switch (op) {
        case RT_BINOP_AND: r->digits[i] &= tb[i]; break;
        case RT_BINOP_OR: r->digits[i] |= tb[i]; break;
        default: r->digits[i] ^= tb[i]; break;
        }
    }
    rt_free(tb);
    bool neg = r->digits[len - 1] & 0x8000;
    if (neg) {
        uint32_t carry = 1;
        for (size_t i = 0; i < len; i++) {
            carry += (uint16_t)~r->digits[i];
            r->digits[i] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
    }
    return num_result(r, len, neg);
}

static Obj shift_left(const Num *a, size_t bits) {
    size_t words = bits / DIGIT_BITS, sh = bits % DIGIT_BITS;
    BigInt *r = rt_bigint_alloc(a->len + words + 1);
    if (!r)
        return 0;
    for (size_t i = 0; i < a->len + words + 1; i++)
        r->digits[i] = 0;
    for (size_t i = 0; i < a->len; i++) {
        uint32_t v = (uint32_t)a->d[i] << sh;
        r->digits[i + words] |= (BigDigit)v;
        r->digits[i + words + 1] = (BigDigit)(v >> DIGIT_BITS);
    }
    return num_result(r, a->len + words + 1, a->neg);
}

static Obj shift_right(const Num *a, size_t bits) {
    size_t words = bits / DIGIT_BITS, sh = bits % DIGIT_BITS;
    if (words >= a->len)
        return small_from(a->neg ? -1 : 0);
    size_t n = a->len - words;
    BigInt *r = rt_bigint_alloc(n + 1);
    if (!r)
        return 0;
    bool lost = false;
    for (size_t i = 0; i < words; i++)
        lost |= a->d[i] != 0;
    if (sh)
        lost |= (a->d[words] & ((1u << sh) - 1)) != 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t v = a->d[i + words] >> sh;
        if (sh && i + words + 1 < a->len)
            v |= (uint32_t)a->d[i + words + 1] << (DIGIT_BITS - sh);
        r->digits[i] = (BigDigit)v;
    }
    r->digits[n] = 0;
    if (a->neg && lost) {
        uint32_t carry = 1;
        for (size_t i = 0; i <= n && carry; i++) {
            carry += r->digits[i];
            r->digits[i] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
    }
    return num_result(r, n + 1, a->neg);
}

Obj num_pow(const Num *base, const Num *exp, const Num *mod) {
    Obj result = small_from(1);
    Obj b = 0;
    {
        BigInt *bb = rt_bigint_alloc(base->len);
        if (!bb)
            return 0;
        for (size_t i = 0; i < base->len; i++)
            bb->digits[i] = base->d[i];
        b = num_result(bb, base->len, base->neg);
    }
    Obj m = 0;
    if (mod) {
        BigInt *mb = rt_bigint_alloc(mod->len);
        if (!mb)
            return 0;
        for (size_t i = 0; i < mod->len; i++)
            mb->digits[i] = mod->d[i];
        m = num_result(mb, mod->len, mod->neg);
        if (!(b = rt_int_binary_op(RT_BINOP_MODULO, b, m)))
            return 0;
    }
    size_t n_bits = exp->len * DIGIT_BITS;
    for (size_t i = 0; i < n_bits; i++) {
        if ((exp->d[i / DIGIT_BITS] >> (i % DIGIT_BITS)) & 1) {
            if (!(result = rt_int_binary_op(RT_BINOP_MULTIPLY, result, b)))
                return 0;
            if (m && !(result = rt_int_binary_op(RT_BINOP_MODULO, result, m)))
                return 0;
        }
        bool more = false;
        for (size_t j = i + 1; j < n_bits && !more; j++)
            more = (exp->d[j / DIGIT_BITS] >> (j % DIGIT_BITS)) & 1;
        if (!more)
            break;
        if (!(b = rt_int_binary_op(RT_BINOP_MULTIPLY, b, b)))
            return 0;
        if (m && !(b = rt_int_binary_op(RT_BINOP_MODULO, b, m)))
            return 0;
    }
    if (m && !(result = rt_int_binary_op(RT_BINOP_MODULO, result, m)))
        return 0;
    return result;
}

/* int ** int, linked only when the program can apply ** (it has the
 * operator, names pow or __pow__, or can make a float): hooks.def. */
Obj rt_int_pow_num(const void *base, const void *exp) { return num_pow(base, exp, NULL); }

/* The general (non-fast-path) int operation; both operands are ints. */

Obj rt_bigint_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    Num a, b;
    num_from_obj(&a, lhs);
    num_from_obj(&b, rhs);
    switch (RT_BINOP_BASE(op)) {
    case RT_BINOP_ADD: return add_signed(&a, &b, false);
    case RT_BINOP_SUBTRACT: return add_signed(&a, &b, true);
    case RT_BINOP_MULTIPLY: return mul_signed(&a, &b);
    case RT_BINOP_FLOOR_DIVIDE: {
        Obj q;
        return num_divmod(&a, &b, &q, NULL) < 0 ? 0 : q;
    }
    case RT_BINOP_MODULO: {
        Obj r;
        return num_divmod(&a, &b, NULL, &r) < 0 ? 0 : r;
    }
    case RT_BINOP_DIVMOD: {
        Obj qr[2];
        if (num_divmod(&a, &b, &qr[0], &qr[1]) < 0)
            return 0;
        return rt_tuple_new(2, qr);
    }
    case RT_BINOP_AND:
    case RT_BINOP_OR:
    case RT_BINOP_XOR:
        return bitwise(RT_BINOP_BASE(op), &a, &b);
    case RT_BINOP_LSHIFT:
    case RT_BINOP_RSHIFT: {
        if (b.neg)
            return rt_raise_msg(&type_ValueError, "negative shift count");
        if (b.len * DIGIT_BITS > 8 * sizeof(size_t) - 8 || (b.len > 2 && trim(b.d, b.len) > 2)) {
            if (RT_BINOP_BASE(op) == RT_BINOP_RSHIFT || a.len == 0)
                return small_from(RT_BINOP_BASE(op) == RT_BINOP_RSHIFT && a.neg ? -1 : 0);
            return rt_raise_memory_error();
        }
        size_t bits = 0;
        for (size_t i = b.len; i-- > 0;)
            bits = (bits << DIGIT_BITS) | b.d[i];
        if (RT_BINOP_BASE(op) == RT_BINOP_LSHIFT) {
            if (bits > 0x7ffffff0)
                return rt_raise_memory_error();
            return shift_left(&a, bits);
        }
        return shift_right(&a, bits);
    }
    case RT_BINOP_POWER:
        if (b.neg)
            return RT_HAVE_FLOAT ? rt_int_power_float(lhs, rhs) : rt_raise_float_not_linked();
        return rt_hook_int_pow ? rt_hook_int_pow(&a, &b) : RT_NOT_IMPLEMENTED;
    default: {
        int c = a.neg != b.neg ? (a.neg ? -1 : 1) : (a.neg ? -mag_compare(a.d, a.len, b.d, b.len) : mag_compare(a.d, a.len, b.d, b.len));
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
    }
}

int rt_int_compare(Obj x, Obj y) {
    if (obj_is_small(x) && obj_is_small(y))
        return small_value(x) < small_value(y) ? -1 : small_value(x) > small_value(y);
    Num a, b;
    num_from_obj(&a, x);
    num_from_obj(&b, y);
    if (a.neg != b.neg)
        return a.neg ? -1 : 1;
    int c = mag_compare(a.d, a.len, b.d, b.len);
    return a.neg ? -c : c;
}

uintptr_t rt_int_hash(Obj i) {
    if (obj_is_small(i))
        return (uintptr_t)small_value(i);
    const BigInt *b = (const BigInt *)i;
    /* h mod 2^31-1, folding instead of dividing (no 64-bit division) */
    const uint64_t modulus = 0x7fffffffu;
    uint64_t h = 0;
    for (size_t k = b->len; k-- > 0;) {
        h = (h << DIGIT_BITS) | b->digits[k];
        while (h >> 31)
            h = (h & modulus) + (h >> 31);
        if (h == modulus)
            h = 0;
    }
    return b->negative ? (uintptr_t)0 - (uintptr_t)h : (uintptr_t)h;
}

size_t rt_int_bit_length(Obj i) {
    Num a;
    num_from_obj(&a, i);
    size_t n = trim(a.d, a.len);
    if (n == 0)
        return 0;
    size_t bits = (n - 1) * DIGIT_BITS;
    for (uint32_t top = a.d[n - 1]; top; top >>= 1)
        bits++;
    return bits;
}
