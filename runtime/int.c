/* The int type: small-int fast paths, conversions, parsing, formatting,
 * and the methods. Arbitrary precision lives in bigint.c. */
#include "rt_internal.h"
#include "bigint.h"
#include "optional.h"
#include <limits.h>

Obj rt_int_from_intptr(intptr_t v) {
    return small_fits(v) ? small_from(v) : rt_int_from_ll(v);
}

Obj rt_int_from_uintptr(uintptr_t v) {
    return v <= (uintptr_t)RT_SMALL_MAX ? small_from((intptr_t)v) : rt_int_from_ull(v);
}

Obj rt_int_from_ll(long long v) {
    if (v >= RT_SMALL_MIN && v <= RT_SMALL_MAX)
        return small_from((intptr_t)v);
    return rt_int_from_ull_sign(v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
}

Obj rt_int_from_ull(unsigned long long v) {
    if (v <= (unsigned long long)RT_SMALL_MAX)
        return small_from((intptr_t)v);
    return rt_int_from_ull_sign(v, false);
}

static bool as_int_obj(Obj *o) {
    if (obj_is_small(*o))
        return true;
    const Type *t = type_of(*o);
    if (t == &type_int)
        return true;
    if (t == &type_bool) {
        *o = small_from(((const BoolObj *)*o)->value);
        return true;
    }
    if (t->flags & RT_TYPE_INT_LIKE) {
        *o = ((const BoxedInt *)*o)->value;
        return true;
    }
    return false;
}

int rt_int_to_ll(Obj o, long long *out) {
    if (!as_int_obj(&o)) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(o)));
        return -1;
    }
    if (obj_is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    const BigInt *b = (const BigInt *)o;
    unsigned long long m = 0;
    if (b->len > 4) {
        rt_raise_msg(&type_OverflowError, "overflow converting long int to machine word");
        return -1;
    }
    for (size_t i = b->len; i-- > 0;)
        m = (m << 16) | b->digits[i];
    if (m > (unsigned long long)LLONG_MAX + b->negative) {
        rt_raise_msg(&type_OverflowError, "overflow converting long int to machine word");
        return -1;
    }
    *out = b->negative ? (long long)(0ull - m) : (long long)m;
    return 0;
}

int rt_int_to_intptr(Obj o, intptr_t *out) {
    long long v;
    if (rt_int_to_ll(o, &v) < 0)
        return -1;
    if (v < INTPTR_MIN || v > INTPTR_MAX) {
        rt_raise_msg(&type_OverflowError, "overflow converting long int to machine word");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

int rt_get_int(Obj o, intptr_t *out) {
    if (obj_is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    if (!as_int_obj(&o)) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(o)));
        return -1;
    }
    return rt_int_to_intptr(o, out);
}

/* ---- arithmetic ------------------------------------------------------------ */

static Obj floordiv_small(intptr_t a, intptr_t b, bool want_mod) {
    if (b == 0)
        return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
    intptr_t q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        q--;
        r += b;
    }
    return want_mod ? small_from(r) : rt_int_from_intptr(q);
}

static Obj small_pow(intptr_t base, intptr_t exp) {
    intptr_t result = 1;
    for (;;) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                return 0;
        }
        exp >>= 1;
        if (!exp)
            break;
        if (__builtin_mul_overflow(base, base, &base))
            return 0;
    }
    return small_fits(result) ? small_from(result) : rt_int_from_intptr(result);
}

Obj rt_int_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op & RT_BINOP_REVERSE) {
        /* int is the rhs type: handles bool/int on the left only. */
        op = (BinaryOp)(op & ~RT_BINOP_REVERSE);
        if (!as_int_obj(&lhs))
            return RT_NOT_IMPLEMENTED;
    }
    if (!as_int_obj(&rhs)) {
        const Type *rt = type_of(rhs);
        if (rt == &type_float || rt == &type_complex) {
            if (!as_int_obj(&lhs))
                return RT_NOT_IMPLEMENTED;
            return rt_int_float_op(op, lhs, rhs);
        }
        if (op == RT_BINOP_EQUAL)
            return RT_FALSE;
        if (op == RT_BINOP_NOT_EQUAL)
            return RT_TRUE;
        if (RT_BINOP_BASE(op) == RT_BINOP_MULTIPLY)
            return RT_NOT_IMPLEMENTED;   /* 3 * "ab": the sequence's reversed slot */
        return RT_NOT_IMPLEMENTED;
    }
    if (!as_int_obj(&lhs))
        return RT_NOT_IMPLEMENTED;
    BinaryOp base = RT_BINOP_BASE(op);
    if (obj_is_small(lhs) && obj_is_small(rhs)) {
        intptr_t a = small_value(lhs), b = small_value(rhs), r;
        switch (base) {
        case RT_BINOP_ADD: r = a + b; return small_fits(r) ? small_from(r) : rt_int_from_intptr(r);
        case RT_BINOP_SUBTRACT: r = a - b; return small_fits(r) ? small_from(r) : rt_int_from_intptr(r);
        case RT_BINOP_MULTIPLY:
            if (!__builtin_mul_overflow(a, b, &r))
                return rt_int_from_intptr(r);
            break;
        case RT_BINOP_FLOOR_DIVIDE: return floordiv_small(a, b, false);
        case RT_BINOP_MODULO: return floordiv_small(a, b, true);
        case RT_BINOP_DIVMOD: {
            Obj qr[2];
            if (!(qr[0] = floordiv_small(a, b, false)) || !(qr[1] = floordiv_small(a, b, true)))
                return 0;
            return rt_tuple_new(2, qr);
        }
        case RT_BINOP_TRUE_DIVIDE:
            if (b == 0)
                return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
            return RT_HAVE_FLOAT ? rt_int_true_divide(lhs, rhs) : rt_raise_float_not_linked();
        case RT_BINOP_AND: return small_from(a & b);
        case RT_BINOP_OR: return small_from(a | b);
        case RT_BINOP_XOR: return small_from(a ^ b);
        case RT_BINOP_LSHIFT:
            if (b < 0)
                return rt_raise_msg(&type_ValueError, "negative shift count");
            if (b < (intptr_t)(8 * sizeof(intptr_t) - 2)) {
                intptr_t s = (intptr_t)((uintptr_t)a << b);
                if ((s >> b) == a && small_fits(s))
                    return small_from(s);
            }
            break;
        case RT_BINOP_RSHIFT:
            if (b < 0)
                return rt_raise_msg(&type_ValueError, "negative shift count");
            return small_from(b >= (intptr_t)(8 * sizeof(intptr_t)) ? (a < 0 ? -1 : 0) : a >> b);
        case RT_BINOP_POWER:
            if (b >= 0) {
                Obj p = small_pow(a, b);
                if (p)
                    return p;
            } else {
                if (a == 0)
                    return rt_raise_msg(&type_ZeroDivisionError, "0.0 to a negative power");
                return RT_HAVE_FLOAT ? rt_int_power_float(lhs, rhs) : rt_raise_float_not_linked();
            }
            break;
        case RT_BINOP_LESS: return rt_bool(a < b);
        case RT_BINOP_MORE: return rt_bool(a > b);
        case RT_BINOP_EQUAL: return rt_bool(a == b);
        case RT_BINOP_LESS_EQUAL: return rt_bool(a <= b);
        case RT_BINOP_MORE_EQUAL: return rt_bool(a >= b);
        case RT_BINOP_NOT_EQUAL: return rt_bool(a != b);
        default: return RT_NOT_IMPLEMENTED;
        }
    }
    if (base == RT_BINOP_TRUE_DIVIDE)
        return RT_HAVE_FLOAT ? rt_int_true_divide(lhs, rhs) : rt_raise_float_not_linked();
    if (base == RT_BINOP_POWER && rt_int_compare(lhs, small_from(0)) == 0 && rt_int_compare(rhs, small_from(0)) < 0)
        return rt_raise_msg(&type_ZeroDivisionError, "0.0 to a negative power");
    if (base == RT_BINOP_MAT_MULTIPLY || base == RT_BINOP_CONTAINS)
        return RT_NOT_IMPLEMENTED;
    return rt_bigint_binary_op(op, lhs, rhs);
}

Obj rt_int_unary_op(UnaryOp op, Obj a) {
    if (!as_int_obj(&a))
        return RT_NOT_IMPLEMENTED;
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(a != small_from(0));
    case RT_UNARY_POSITIVE:
    case RT_UNARY_INT: return a;
    case RT_UNARY_HASH: return obj_is_small(a) ? a : small_from((intptr_t)(rt_int_hash(a) & (uintptr_t)RT_SMALL_MAX));
    case RT_UNARY_NEGATIVE: return rt_int_binary_op(RT_BINOP_SUBTRACT, small_from(0), a);
    case RT_UNARY_INVERT: return rt_int_binary_op(RT_BINOP_SUBTRACT, small_from(-1), a);
    case RT_UNARY_ABS: return rt_int_compare(a, small_from(0)) < 0 ? rt_int_binary_op(RT_BINOP_SUBTRACT, small_from(0), a) : a;
    case RT_UNARY_FLOAT: return RT_HAVE_FLOAT ? rt_float_from_int(a) : rt_raise_float_not_linked();
    default: return RT_NOT_IMPLEMENTED;
    }
}

Obj rt_int_pow3(Obj base, Obj exp, Obj mod) {
    if (!as_int_obj(&base) || !as_int_obj(&exp) || !as_int_obj(&mod))
        return rt_raise_msg(&type_TypeError, "pow() with 3 arguments requires integers");
    if (rt_int_compare(mod, small_from(0)) == 0)
        return rt_raise_msg(&type_ValueError, "pow() 3rd argument cannot be 0");
    if (rt_int_compare(exp, small_from(0)) < 0)
        return rt_raise_msg(&type_ValueError, "pow() 2nd argument cannot be negative when 3rd argument specified");
    Num b, e, m;
    num_from_obj(&b, base);
    num_from_obj(&e, exp);
    num_from_obj(&m, mod);
    return num_pow(&b, &e, &m);
}


/* ---- parsing ------------------------------------------------------------------- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Obj rt_int_parse(const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    int orig_base = base;
    if (base != 0 && (base < 2 || base > 36))
        return rt_raise_msg(&type_ValueError, "int() arg 2 must be >= 2 and <= 36");
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int prefix_base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (prefix_base && (base == 0 || base == prefix_base)) {
            base = prefix_base;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (base == 0) {
        base = 10;
        /* base 0: no leading zeros in a non-zero decimal */
        if (end - p > 1 && p[0] == '0') {
            for (const char *q = p; q < end; q++)
                if (*q != '0' && *q != '_')
                    goto bad;
        }
    }
    if (p == end)
        goto bad;
    Obj acc = small_from(0);
    intptr_t small_acc = 0;
    bool use_small = true;
    bool prev_underscore = true;
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_underscore)
                goto bad;
            prev_underscore = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base)
            goto bad;
        prev_underscore = false;
        if (use_small) {
            intptr_t t;
            if (!__builtin_mul_overflow(small_acc, base, &t) && !__builtin_add_overflow(t, d, &t) && small_fits(t)) {
                small_acc = t;
                continue;
            }
            use_small = false;
            acc = small_from(small_acc);
        }
        acc = rt_int_binary_op(RT_BINOP_MULTIPLY, acc, small_from(base));
        if (!acc || !(acc = rt_int_binary_op(RT_BINOP_ADD, acc, small_from(d))))
            return 0;
    }
    if (prev_underscore)
        goto bad;
    if (use_small)
        acc = small_from(small_acc);
    return neg ? rt_int_unary_op(RT_UNARY_NEGATIVE, acc) : acc;
bad:
    return rt_raise_fmt(&type_ValueError, "invalid syntax for integer with base %d", orig_base == 0 ? 10 : orig_base);
}

/* ---- formatting ----------------------------------------------------------------- */

int rt_int_print_base(Stream *s, Obj i, int base, const char *prefix, bool upper) {
    if (!as_int_obj(&i))
        return -1;
    const char *digits = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    Num n;
    num_from_obj(&n, i);
    /* Work on a copy of the magnitude, dividing by the largest power of
     * base that fits in a digit. */
    uint32_t chunk = (uint32_t)base;
    int chunk_digits = 1;
    while (chunk * (uint32_t)base <= 65535) {
        chunk *= (uint32_t)base;
        chunk_digits++;
    }
    size_t len = n.len;
    size_t max_chars = len * 16 + 2;
    BigDigit *work = rt_alloc(len * sizeof(BigDigit) + 1);
    char *buf = rt_alloc(max_chars + 1);
    if (!work || !buf)
        return -1;
    for (size_t k = 0; k < len; k++)
        work[k] = n.d[k];
    size_t pos = max_chars;
    while (len && work[len - 1] == 0)
        len--;
    do {
        uint32_t rem = mag_divmod_digit(work, len, chunk);
        while (len && work[len - 1] == 0)
            len--;
        for (int k = 0; k < chunk_digits; k++) {
            buf[--pos] = digits[rem % (uint32_t)base];
            rem /= (uint32_t)base;
            if (len == 0 && rem == 0)
                break;
        }
    } while (len);
    while (pos < max_chars - 1 && buf[pos] == '0')
        pos++;
    int r = 0;
    if (n.neg)
        r = rt_stream_write(s, "-", 1);
    if (r == 0 && prefix)
        r = rt_stream_puts(s, prefix);
    if (r == 0)
        r = rt_stream_write(s, buf + pos, max_chars - pos);
    rt_free(work);
    rt_free(buf);
    return r;
}

Obj rt_int_format(Obj i, int base, const char *prefix, bool upper) {
    StrBuf b;
    rt_strbuf_init(&b, 24);
    if (rt_int_print_base(&b.stream, i, base, prefix, upper) < 0)
        return 0;
    return rt_strbuf_to_str(&b);
}

static int int_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    as_int_obj(&self);
    if (obj_is_small(self)) {
        intptr_t v = small_value(self);
        char buf[24];
        size_t p = sizeof buf;
        uintptr_t m = v < 0 ? 0u - (uintptr_t)v : (uintptr_t)v;
        do {
            buf[--p] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (v < 0)
            buf[--p] = '-';
        return rt_stream_write(s, buf + p, sizeof buf - p);
    }
    return rt_int_print_base(s, self, 10, NULL, false);
}

/* ---- bytes -------------------------------------------------------------------- */

Obj rt_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    size_t n_digits = (len + 1) / 2 + 1;
    BigInt *b = rt_bigint_alloc(n_digits);
    if (!b)
        return 0;
    for (size_t k = 0; k < n_digits; k++)
        b->digits[k] = 0;
    for (size_t k = 0; k < len; k++) {
        uint8_t byte = big_endian ? buf[len - 1 - k] : buf[k];
        b->digits[k / 2] |= (BigDigit)(byte << (8 * (k % 2)));
    }
    bool neg = is_signed && len && (buf[big_endian ? 0 : len - 1] & 0x80);
    if (neg) {
        /* two's complement over len bytes: magnitude = 2**(8 len) - value */
        for (size_t k = 0; k < n_digits; k++)
            b->digits[k] = (BigDigit)~b->digits[k];
        if (len % 2)
            b->digits[len / 2] &= 0xff;
        for (size_t k = (len + 1) / 2; k < n_digits; k++)
            b->digits[k] = 0;
        uint32_t carry = 1;
        for (size_t k = 0; k < n_digits && carry; k++) {
            carry += b->digits[k];
            b->digits[k] = (BigDigit)carry;
            carry >>= 16;
        }
    }
    return num_result(b, n_digits, neg);
}

int rt_int_to_bytes(Obj i, uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    if (!as_int_obj(&i)) {
        rt_raise_msg(&type_TypeError, "can't convert to int");
        return -1;
    }
    Num n;
    num_from_obj(&n, i);
    if (n.neg && !is_signed) {
        rt_raise_msg(&type_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    size_t bits = rt_int_bit_length(i);
    if (bits + (is_signed ? 1 : 0) > 8 * len) {
        bool exact_min = n.neg && bits == 8 * len;
        if (exact_min) {
            /* -2**(8 len - 1) fits: its magnitude is a single top bit. */
            for (size_t k = 0; k + 1 < bits; k++)
                if ((n.d[k / 16] >> (k % 16)) & 1)
                    exact_min = false;
        }
        if (!exact_min) {
            rt_raise_msg(&type_OverflowError, "int too big to convert");
            return -1;
        }
    }
    uint32_t carry = 1;
    for (size_t k = 0; k < len; k++) {
        uint8_t byte = k / 2 < n.len ? (uint8_t)(n.d[k / 2] >> (8 * (k % 2))) : 0;
        if (n.neg) {
            carry += (uint8_t)~byte;
            byte = (uint8_t)carry;
            carry >>= 8;
        }
        buf[big_endian ? len - 1 - k : k] = byte;
    }
    return 0;
}

/* ---- the type ------------------------------------------------------------------ */

static Obj int_value(size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, 2, false) < 0)
        return 0;
    if (n_args == 0)
        return small_from(0);
    Obj x = args[0];
    if (n_args == 2) {
        intptr_t base;
        if (rt_get_int(args[1], &base) < 0)
            return 0;
        if (!obj_is_str(x))
            return rt_raise_msg(&type_TypeError, "can't convert non-string with explicit base");
        return rt_int_parse(rt_str_data(x), rt_str_len(x), (int)base);
    }
    if (obj_is_int(x))
        return x;
    if (type_of(x) == &type_bool)
        return small_from(((const BoolObj *)x)->value);
    if (obj_is_float(x))
        return rt_int_from_float(rt_float_value(x));
    if (obj_is_str(x))
        return rt_int_parse(rt_str_data(x), rt_str_len(x), 10);
    Obj r = rt_unary_op(RT_UNARY_INT, x);
    if (!r && rt_exc_pending_matches(&type_TypeError)) {
        rt_exc_clear();
        return rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(x)));
    }
    return r;
}

Obj rt_int_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    Obj value = int_value(n_args, n_kw, args);
    if (!value || type == &type_int)
        return value;
    BoxedInt *b = (BoxedInt *)rt_alloc_instance(type);
    if (!b)
        return 0;
    b->value = value;
    return RT_OBJ(b);
}

static Obj int_bit_length(Obj self) {
    as_int_obj(&self);
    return small_from((intptr_t)rt_int_bit_length(self));
}
RT_METHOD1(int_bit_length_obj, int_bit_length);

static bool byteorder_is_big(Obj o, int *err) {
    *err = 0;
    if (o == NAME(big))
        return true;
    if (o != NAME(little) && !(obj_is_str(o) && rt_str_equal(o, NAME(little)))) {
        if (obj_is_str(o) && rt_str_equal(o, NAME(big)))
            return true;
        rt_raise_msg(&type_ValueError, "byteorder must be either 'little' or 'big'");
        *err = 1;
    }
    return false;
}

static bool kw_signed(size_t n_args, size_t n_kw, const Obj *args) {
    for (size_t k = 0; k < n_kw; k++)
        if (args[n_args + 2 * k] == NAME(signed))
            return rt_truthy(args[n_args + 2 * k + 1]) > 0;
    return false;
}

static Obj int_to_bytes(size_t n_args, size_t n_kw, const Obj *args) {
    intptr_t len = 1;
    if (n_args >= 2 && rt_get_int(args[1], &len) < 0)
        return 0;
    if (len < 0)
        return rt_raise_msg(&type_ValueError, "length argument must be non-negative");
    int err;
    bool big = n_args >= 3 ? byteorder_is_big(args[2], &err) : true;
    if (n_args >= 3 && err)
        return 0;
    uint8_t local[16];
    uint8_t *buf = (size_t)len <= sizeof local ? local : rt_alloc((size_t)len);
    if (!buf)
        return 0;
    /* MicroPython converts a negative int as signed even without signed=True. */
    Obj self = args[0];
    bool is_signed = kw_signed(n_args, n_kw, args) || (as_int_obj(&self) && rt_int_compare(self, small_from(0)) < 0);
    if (rt_int_to_bytes(args[0], buf, (size_t)len, big, is_signed) < 0)
        return 0;
    return rt_bytes_new(buf, (size_t)len);
}
RT_METHOD_KW(int_to_bytes_obj, 1, 3, int_to_bytes);

static Obj int_from_bytes(size_t n_args, size_t n_kw, const Obj *args) {
    BufferInfo info;
    const Type *bt = type_of(args[1]);
    if (!bt->buffer || bt->buffer(args[1], &info, RT_BUFFER_READ) < 0)
        return rt_raise_msg(&type_TypeError, "object with buffer protocol required");
    int err;
    bool big = n_args >= 3 ? byteorder_is_big(args[2], &err) : true;
    if (n_args >= 3 && err)
        return 0;
    return rt_int_from_bytes(info.buf, info.len, big, kw_signed(n_args, n_kw, args));
}
static RT_FN_KW(int_from_bytes_fn, 2, 3, int_from_bytes);
const Wrapper int_from_bytes_obj = { &type_classmethod, RT_OBJ(&int_from_bytes_fn) };


static Obj int_binary_slot(BinaryOp op, Obj lhs, Obj rhs) {
    return rt_int_binary_op(op, lhs, rhs);
}

const Type type_int = {
    .type = &type_type,
    .name = NAME(int),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_INT_LIKE,
    .instance_size = sizeof(BoxedInt),  /* subclass instances */
    .base = &type_object,
    .n_attrs = RT_INT_N_ATTRS,   /* methods.h */
    .attrs = rt_int_attrs,
    .make_new = rt_new_int,  /* methods.h: RT_CONSTRUCTORS */
    .print = int_print,
    .unary_op = rt_int_unary_op,
    .binary_op = int_binary_slot,
};
