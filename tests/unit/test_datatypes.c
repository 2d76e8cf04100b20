/* Unit tests of the data types: str (methods, format, %), bytes,
 * bytearray, memoryview, list (slicing, sort), tuple, dict (methods,
 * views), set / frozenset, range, slice, iterators and builtins. Each
 * check compares a repr (or "!Type: message" for a raised exception) with
 * what MicroPython prints. */
#include "rt_test.h"
#include "datatypes.h"
#include <stdlib.h>

static int check_line;

static void expect(int line, Obj got, const char *want) {
    char buf[4096];
    if (!got) {
        snprintf(buf, sizeof buf, "!%s", exc_c());
    } else {
        snprintf(buf, sizeof buf, "%s", repr_c(got));
    }
    test_checks++;
    if (strcmp(buf, want) != 0) {
        test_failures++;
        fprintf(stderr, "%s:%d: got %s, want %s\n", __FILE__, line, buf, want);
    }
    check_line = line;
}
#define EXPECT(expr, want) expect(__LINE__, (expr), (want))

static Obj I(intptr_t v) { return small_from(v); }
#define N RT_NONE
static Obj S(const char *s) { return cstr(s); }
static Obj B(const char *s, size_t n) { return rt_bytes_new(s, n); }
static Obj T(size_t n, ...) {
    va_list ap;
    va_start(ap, n);
    Obj t = rt_tuple_new(n, NULL);
    for (size_t i = 0; i < n; i++)
        rt_tuple_items(t)[i] = va_arg(ap, Obj);
    va_end(ap);
    return t;
}
static Obj LI(size_t n, ...) {
    va_list ap;
    va_start(ap, n);
    Obj l = rt_list_new(0, NULL);
    for (size_t i = 0; i < n; i++)
        rt_list_append(l, va_arg(ap, Obj));
    va_end(ap);
    return l;
}
/* obj.meth(*args) with positional arguments only. */
static Obj M(Obj obj, const char *meth, size_t n, ...) {
    Obj args[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Obj);
    va_end(ap);
    if (!obj)
        return 0;
    return rt_call_method(obj, name(meth), n, 0, args);
}
/* obj.meth(*args, **kw): args then (name, value) pairs given as C strings + Objs. */
static Obj MK(Obj obj, const char *meth, size_t n, size_t n_kw, ...) {
    Obj args[16];
    va_list ap;
    va_start(ap, n_kw);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Obj);
    for (size_t i = 0; i < n_kw; i++) {
        args[n + 2 * i] = name(va_arg(ap, const char *));
        args[n + 2 * i + 1] = va_arg(ap, Obj);
    }
    va_end(ap);
    return rt_call_method(obj, name(meth), n, n_kw, args);
}
/* builtin(*args, **kw). */
static Obj F(const char *fn, size_t n, size_t n_kw, ...) {
    Obj args[16];
    va_list ap;
    va_start(ap, n_kw);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Obj);
    for (size_t i = 0; i < n_kw; i++) {
        args[n + 2 * i] = name(va_arg(ap, const char *));
        args[n + 2 * i + 1] = va_arg(ap, Obj);
    }
    va_end(ap);
    Obj f = rt_builtin_lookup(name(fn));
    if (!f) {
        fprintf(stderr, "no builtin %s\n", fn);
        return 0;
    }
    return rt_call(f, n, n_kw, args);
}
static Obj OP(BinaryOp op, Obj a, Obj b) { return a && b ? rt_binary_op(op, a, b) : 0; }
static Obj IDX(Obj o, Obj i) { return o ? rt_subscr_load(o, i) : 0; }
static Obj SL(Obj a, Obj b, Obj c) { return rt_slice_new(a, b, c); }
static Obj LIST(Obj it) { return it ? rt_list_from_iterable(it) : 0; }
static Obj STORE(Obj o, Obj i, Obj v) { return rt_subscr_store(o, i, v) < 0 ? 0 : o; }
static Obj DEL(Obj o, Obj i) { return rt_subscr_delete(o, i) < 0 ? 0 : o; }

static void test_str(void) {
    Obj s = S("hello world");
    EXPECT(M(s, "find", 1, S("o")), "4");
    EXPECT(M(s, "rfind", 1, S("o")), "7");
    EXPECT(M(s, "find", 2, S("o"), I(5)), "7");
    EXPECT(M(s, "find", 1, S("z")), "-1");
    EXPECT(M(s, "index", 1, S("z")), "!ValueError: substring not found");
    EXPECT(M(s, "count", 1, S("l")), "3");
    EXPECT(M(S("aaaa"), "count", 1, S("aa")), "2");
    EXPECT(M(S("abc"), "count", 1, S("")), "4");
    EXPECT(M(s, "startswith", 1, S("hell")), "True");
    EXPECT(M(s, "startswith", 1, T(2, S("x"), S("wor"))), "False");
    EXPECT(M(s, "startswith", 2, T(2, S("x"), S("wor")), I(6)), "True");
    EXPECT(M(s, "endswith", 1, S("ld")), "True");
    EXPECT(M(s, "split", 0), "['hello', 'world']");
    EXPECT(M(S("  a  b c "), "split", 0), "['a', 'b', 'c']");
    EXPECT(M(S("a,b,,c"), "split", 1, S(",")), "['a', 'b', '', 'c']");
    EXPECT(M(S("a,b,,c"), "split", 2, S(","), I(1)), "['a', 'b,,c']");
    EXPECT(M(S("a,b,,c"), "rsplit", 2, S(","), I(1)), "['a,b,', 'c']");
    EXPECT(M(S(" a b c "), "rsplit", 2, N, I(1)), "[' a b', 'c']");
    EXPECT(MK(S("a b c"), "split", 0, 1, "maxsplit", I(1)), "['a', 'b c']");
    EXPECT(M(S("abc"), "split", 1, S("")), "!ValueError: empty separator");
    EXPECT(M(S("a\nb\r\nc\rd\n"), "splitlines", 0), "['a', 'b', 'c', 'd']");
    EXPECT(M(S("a\nb\r\n"), "splitlines", 1, RT_TRUE), "['a\\n', 'b\\r\\n']");
    EXPECT(M(S("-"), "join", 1, LI(3, S("a"), S("b"), S("c"))), "'a-b-c'");
    EXPECT(M(S("-"), "join", 1, LI(2, S("a"), I(1))), "!TypeError: join expects a list of str/bytes objects consistent with self object");
    EXPECT(M(S("  x y  "), "strip", 0), "'x y'");
    EXPECT(M(S("  x y  "), "lstrip", 0), "'x y  '");
    EXPECT(M(S("  x y  "), "rstrip", 0), "'  x y'");
    EXPECT(M(S("xxhixx"), "strip", 1, S("x")), "'hi'");
    EXPECT(M(S("aXbXc"), "replace", 2, S("X"), S("--")), "'a--b--c'");
    EXPECT(M(S("aXbXc"), "replace", 3, S("X"), S("-"), I(1)), "'a-bXc'");
    EXPECT(M(S("ab"), "replace", 2, S(""), S("-")), "'-a-b-'");
    EXPECT(M(S("MiXed 12"), "upper", 0), "'MIXED 12'");
    EXPECT(M(S("MiXed 12"), "lower", 0), "'mixed 12'");
    EXPECT(M(S("123"), "isdigit", 0), "True");
    EXPECT(M(S(""), "isdigit", 0), "False");
    EXPECT(M(S("abC"), "isalpha", 0), "True");
    EXPECT(M(S(" \t"), "isspace", 0), "True");
    EXPECT(M(S("AB1"), "isupper", 0), "True");
    EXPECT(M(S("ab1"), "islower", 0), "True");
    EXPECT(M(S("123"), "islower", 0), "False");
    EXPECT(M(S("a=b=c"), "partition", 1, S("=")), "('a', '=', 'b=c')");
    EXPECT(M(S("a=b=c"), "rpartition", 1, S("=")), "('a=b', '=', 'c')");
    EXPECT(M(S("abc"), "partition", 1, S("x")), "('abc', '', '')");
    EXPECT(M(S("abc"), "rpartition", 1, S("x")), "('', '', 'abc')");
    EXPECT(M(S("ab"), "center", 1, I(7)), "'   ab  '");
    EXPECT(M(S("abc"), "center", 2, I(6), S("*")), "'*abc**'");
    EXPECT(M(S("é€"), "encode", 0), "b'\\xc3\\xa9\\xe2\\x82\\xac'");
    EXPECT(M(S("a"), "find", 1, I(1)), "!TypeError: can't convert 'int' object to str implicitly");
    /* indexing by code point */
    Obj u = S("aé€b");
    EXPECT(F("len", 1, 0, u), "4");
    EXPECT(IDX(u, I(2)), "'€'");
    EXPECT(IDX(u, I(-1)), "'b'");
    EXPECT(IDX(u, SL(I(1), I(3), N)), "'é€'");
    EXPECT(M(u, "find", 1, S("b")), "3");
    EXPECT(IDX(u, I(4)), "!IndexError: string index out of range");
    EXPECT(IDX(S("abc"), SL(N, N, I(-1))), "!NotImplementedError: only slices with step=1 (aka None) are supported");
    EXPECT(IDX(S("abcdef"), SL(I(-3), N, N)), "'def'");
    EXPECT(IDX(S("abc"), S("x")), "!TypeError: str indices must be integers, not str");
    EXPECT(LIST(u), "['a', 'é', '€', 'b']");
    EXPECT(OP(RT_BINOP_MULTIPLY, S("ab"), I(3)), "'ababab'");
    EXPECT(OP(RT_BINOP_MULTIPLY, I(2), S("ab")), "'abab'");
    EXPECT(OP(RT_BINOP_MULTIPLY, S("ab"), S("b")), "!TypeError: unsupported types for __mul__: 'str', 'str'");
    EXPECT(OP(RT_BINOP_CONTAINS, S("lo w"), S("hello world")), "True");
    EXPECT(F("str", 2, 0, B("hi", 2), S("utf-8")), "'hi'");
    EXPECT(rt_repr(S("it's")), "'\"it\\'s\"'");
    EXPECT(F("chr", 1, 0, I(0x20ac)), "'€'");
    EXPECT(F("chr", 1, 0, I(-1)), "!ValueError: chr() arg not in range(0x110000)");
    EXPECT(F("ord", 1, 0, S("€")), "8364");
    EXPECT(F("ord", 1, 0, S("ab")), "!TypeError: ord() expected a character, but string of length 2 found");
}

static void test_format(void) {
    Obj n = I(1234567);
    EXPECT(M(S("[{:10}] [{:<10}] [{:^10}] [{:*^11}] [{:0>6}]"), "format", 5, n, n, n, n, I(42)),
           "'[   1234567] [1234567   ] [ 1234567  ] [**1234567**] [000042]'");
    EXPECT(M(S("[{:10}] [{:>10}] [{:^10}] [{:-<10}] [{:.3}]"), "format", 5, S("ab"), S("ab"), S("ab"), S("ab"), S("abcdef")),
           "'[ab        ] [        ab] [    ab    ] [ab--------] [abc]'");
    EXPECT(M(S("{:+d} {:+d} {: d} {: d} {:-d}"), "format", 5, I(5), I(-5), I(5), I(-5), I(5)), "'+5 -5  5 -5 5'");
    EXPECT(M(S("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X}"), "format", 8, I(10), I(10), I(255), I(255), I(10), I(10), I(255), I(255)),
           "'1010 12 ff FF 0b1010 0o12 0xff 0XFF'");
    EXPECT(M(S("{:,} {:08d} {:08,d} {:_x}"), "format", 4, n, I(-42), I(1234567), I(0xabcdef)), "'1,234,567 -0000042 1,234,567 ab_cdef'");
    EXPECT(F("format", 2, 0, I(1234), S("010,")), "'00,001,234'");
    /* MicroPython's documented difference: ',' with any radix */
    EXPECT(M(S("{:,b} {:,x} {:,o}"), "format", 3, I(99), I(99), I(99)), "'110,0011 63 143'");
    EXPECT(F("format", 2, 0, I(9), S(",c")), "!ValueError: Cannot specify ',' with 'c'.");
    EXPECT(M(S("{:c} {:d} {:s}"), "format", 3, I(97), I(42), S("s")), "'a 42 s'");
    EXPECT(M(S("{:=+8d} [{:=8d}] [{:<+6d}]"), "format", 3, I(42), I(-42), I(7)), "'+     42 [-     42] [+7    ]'");
    EXPECT(M(S("{:10.3f}|{:<10.2e}|{:^+10.1f}|"), "format", 3, rt_float_new(3.14159), rt_float_new(31415.9), rt_float_new(2.25)),
           "'     3.142|3.14e+04  |   +2.2   |'");
    EXPECT(M(S("{:.1%} {:g} {:.3g} {:e}"), "format", 4, rt_float_new(0.256), rt_float_new(1e20), rt_float_new(3.14159), rt_float_new(0.5)),
           "'25.6% 1e+20 3.14 5.000000e-01'");
    EXPECT(M(S("{0}{1}{0} {name}"), "format", 2, S("a"), S("b")), "!KeyError: name");
    EXPECT(MK(S("{0}{1}{0} {name}"), "format", 2, 1, S("a"), S("b"), "name", S("N")), "'aba N'");
    EXPECT(M(S("{} {}"), "format", 1, I(1)), "!IndexError: tuple index out of range");
    EXPECT(M(S("{0} {}"), "format", 2, I(1), I(2)), "!ValueError: can't switch from manual field specification to automatic field numbering");
    EXPECT(M(S("{!r} {!s} {{}} {0[1]}"), "format", 2, LI(2, S("x"), S("y")), I(5)), "!ValueError: can't switch from automatic field numbering to manual field specification");
    EXPECT(M(S("{!r:>6}|{{}}|{0[1]}"), "format", 1, LI(2, S("x"), S("y"))), "!ValueError: can't switch from automatic field numbering to manual field specification");
    EXPECT(M(S("{0!r:>6}|{{}}|{0[1]}"), "format", 1, LI(2, S("x"), S("y"))), "\"['x', 'y']|{}|y\"");
    EXPECT(MK(S("{:{w}.{p}f}"), "format", 1, 2, rt_float_new(2.5), "w", I(7), "p", I(2)), "'   2.50'");
    EXPECT(M(S("{:s}"), "format", 1, I(3)), "!ValueError: unknown format code 's' for object of type 'int'");
    EXPECT(F("format", 2, 0, S("x"), S("+")), "!ValueError: sign not allowed in string format specifier");
    EXPECT(F("format", 1, 0, I(7)), "'7'");
    EXPECT(F("format", 2, 0, rt_float_new(1.5), S("")), "'1.5'");
    EXPECT(F("format", 2, 0, rt_float_new(2), S(".2")), "'2.0'");
    EXPECT(F("format", 2, 0, RT_TRUE, S("")), "'True'");
    EXPECT(F("format", 2, 0, RT_TRUE, S("d")), "'1'");
    EXPECT(F("format", 2, 0, S("ab"), S("é^5")), "'éabéé'");
    /* % formatting */
    EXPECT(OP(RT_BINOP_MODULO, S("%d %s %r %5.2f|%-4d|%04d|%x|%c"),
              T(8, I(3), S("s"), S("r"), rt_float_new(3.14159), I(7), I(-5), I(255), I(65))),
           "\"3 s 'r'  3.14|7   |-005|ff|A\"");
    EXPECT(OP(RT_BINOP_MODULO, S("%s"), I(5)), "'5'");
    EXPECT(OP(RT_BINOP_MODULO, S("%s %s"), I(5)), "!TypeError: not enough arguments for format string");
    EXPECT(OP(RT_BINOP_MODULO, S("%s"), T(2, I(1), I(2))), "!TypeError: not all arguments converted during string formatting");
    EXPECT(OP(RT_BINOP_MODULO, S("100%%"), RT_EMPTY_TUPLE), "'100%'");
    EXPECT(OP(RT_BINOP_MODULO, S("%*d|%.3s|%+.1e|%#o|%X"), T(6, I(4), I(9), S("abcdef"), rt_float_new(1234.5), I(8), I(255))),
           "'   9|abc|+1.2e+03|0o10|FF'");
    Obj d = rt_dict_new(0);
    rt_dict_set(d, S("a"), I(1));
    EXPECT(OP(RT_BINOP_MODULO, S("%(a)d-%(a)s"), d), "'1-1'");
    EXPECT(OP(RT_BINOP_MODULO, S("%y"), I(1)), "!ValueError: unsupported format character 'y' (0x79) at index 1");
    EXPECT(OP(RT_BINOP_MODULO, B("%d:%s", 5), T(2, I(1), B("x", 1))), "b'1:x'");
}

static void test_bytes(void) {
    Obj b = B("abc\x00\xff", 5);
    EXPECT(b, "b'abc\\x00\\xff'");
    EXPECT(IDX(b, I(1)), "98");
    EXPECT(IDX(b, SL(I(1), I(3), N)), "b'bc'");
    EXPECT(LIST(b), "[97, 98, 99, 0, 255]");
    EXPECT(F("bytes", 1, 0, I(3)), "b'\\x00\\x00\\x00'");
    EXPECT(F("bytes", 1, 0, LI(2, I(1), I(2))), "b'\\x01\\x02'");
    EXPECT(F("bytes", 1, 0, LI(1, I(256))), "!ValueError: bytes value out of range");
    EXPECT(F("bytes", 2, 0, S("xyz"), S("ascii")), "b'xyz'");
    EXPECT(F("bytes", 1, 0, S("xyz")), "!TypeError: string argument without an encoding");
    EXPECT(M(b, "hex", 0), "'61626300ff'");
    EXPECT(rt_call_method(RT_OBJ(&type_bytes), name("fromhex"), 1, 0, (Obj[]){ S("01 ff") }), "b'\\x01\\xff'");
    EXPECT(M(B("\xe2\x82\xac", 3), "decode", 0), "'€'");
    EXPECT(M(B("\xff\xfe", 2), "decode", 0), "!UnicodeError: invalid UTF-8");
    EXPECT(M(B("a,b", 3), "split", 1, B(",", 1)), "[b'a', b'b']");
    EXPECT(M(B("a,b", 3), "split", 1, S(",")), "!TypeError: can't convert 'str' object to bytes implicitly");
    EXPECT(OP(RT_BINOP_CONTAINS, I(98), b), "True");
    EXPECT(OP(RT_BINOP_ADD, b, B("!", 1)), "b'abc\\x00\\xff!'");
    EXPECT(OP(RT_BINOP_EQUAL, B("ab", 2), rt_bytearray_new("ab", 2)), "True");

    Obj ba = F("bytearray", 1, 0, B("abc", 3));
    EXPECT(ba, "bytearray(b'abc')");
    EXPECT(IDX(ba, SL(I(1), N, N)), "bytearray(b'bc')");
    EXPECT(IDX(ba, SL(N, N, I(-2))), "bytearray(b'ca')");
    EXPECT(STORE(ba, I(0), I(65)), "bytearray(b'Abc')");
    EXPECT(STORE(ba, I(0), I(256)), "!ValueError: bytes value out of range");
    EXPECT(M(ba, "append", 1, I(100)), "None");
    EXPECT(M(ba, "extend", 1, B("ef", 2)), "None");
    EXPECT(ba, "bytearray(b'Abcdef')");
    EXPECT(STORE(ba, SL(I(1), I(3), N), B("XYZW", 4)), "bytearray(b'AXYZWdef')");
    EXPECT(DEL(ba, SL(N, N, I(2))), "bytearray(b'XZdf')");
    EXPECT(DEL(ba, I(0)), "bytearray(b'Zdf')");
    EXPECT(OP(RT_BINOP_INPLACE_ADD, ba, B("!", 1)), "bytearray(b'Zdf!')");
    EXPECT(F("len", 1, 0, ba), "4");
    EXPECT(F("bytearray", 1, 0, I(2)), "bytearray(b'\\x00\\x00')");

    /* memoryview: no copy */
    Obj buf = F("bytearray", 1, 0, B("abcdefgh", 8));
    Obj mv = F("memoryview", 1, 0, buf);
    EXPECT(F("len", 1, 0, mv), "8");
    EXPECT(IDX(mv, I(-1)), "104");
    EXPECT(F("bytes", 1, 0, IDX(mv, SL(I(2), I(5), N))), "b'cde'");
    Obj sub = IDX(mv, SL(I(4), I(8), N));
    EXPECT(STORE(sub, I(0), I(69)), "<memoryview>");
    EXPECT(STORE(sub, SL(I(1), I(3), N), B("FG", 2)), "<memoryview>");
    EXPECT(buf, "bytearray(b'abcdEFGh')");
    EXPECT(STORE(sub, SL(I(1), I(3), N), B("F", 1)), "!ValueError: memoryview assignment: lvalue and rvalue have different structures");
    Obj ro = F("memoryview", 1, 0, B("ro", 2));
    EXPECT(STORE(ro, I(0), I(1)), "!TypeError: 'memoryview' object doesn't support item assignment");
    EXPECT(LIST(F("memoryview", 1, 0, B("\x01\x02", 2))), "[1, 2]");
    EXPECT(F("memoryview", 1, 0, I(1)), "!TypeError: object with buffer protocol required");
}

static void test_list(void) {
    Obj l = LI(5, I(0), I(1), I(2), I(3), I(4));
    EXPECT(IDX(l, SL(I(1), I(4), N)), "[1, 2, 3]");
    EXPECT(IDX(l, SL(N, N, I(-2))), "[4, 2, 0]");
    EXPECT(IDX(l, SL(I(-100), I(100), I(3))), "[0, 3]");
    EXPECT(IDX(l, SL(N, N, I(0))), "!ValueError: slice step cannot be zero");
    EXPECT(IDX(l, I(5)), "!IndexError: list index out of range");
    EXPECT(IDX(l, S("a")), "!TypeError: list indices must be integers, not str");
    EXPECT(STORE(l, SL(I(1), I(3), N), LI(3, S("a"), S("b"), S("c"))), "[0, 'a', 'b', 'c', 3, 4]");
    EXPECT(STORE(l, SL(N, N, I(2)), LI(3, I(7), I(8), I(9))), "[7, 'a', 8, 'c', 9, 4]");
    EXPECT(STORE(l, SL(N, N, I(2)), LI(1, I(7))), "!ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
    EXPECT(DEL(l, SL(I(1), N, I(2))), "[7, 8, 9]");
    EXPECT(DEL(l, SL(N, N, I(-1))), "[]");
    l = LI(3, I(1), I(2), I(3));
    EXPECT(STORE(l, SL(I(1), I(1), N), l), "[1, 1, 2, 3, 2, 3]");
    EXPECT(M(l, "index", 1, I(3)), "3");
    EXPECT(M(l, "index", 2, I(3), I(4)), "5");
    EXPECT(M(l, "index", 1, I(9)), "!ValueError: object not in sequence");
    EXPECT(M(l, "count", 1, I(2)), "2");
    EXPECT(M(l, "remove", 1, I(2)), "None");
    EXPECT(l, "[1, 1, 3, 2, 3]");
    EXPECT(M(l, "pop", 0), "3");
    EXPECT(M(l, "pop", 1, I(0)), "1");
    EXPECT(M(l, "pop", 1, I(10)), "!IndexError: list index out of range");
    EXPECT(M(l, "insert", 2, I(-100), S("x")), "None");
    EXPECT(M(l, "insert", 2, I(100), S("y")), "None");
    EXPECT(l, "['x', 1, 3, 2, 'y']");
    EXPECT(M(l, "reverse", 0), "None");
    EXPECT(l, "['y', 2, 3, 1, 'x']");
    EXPECT(M(rt_list_new(0, NULL), "pop", 0), "!IndexError: pop from empty list");
    EXPECT(OP(RT_BINOP_MULTIPLY, LI(2, I(1), I(2)), I(3)), "[1, 2, 1, 2, 1, 2]");
    EXPECT(OP(RT_BINOP_MULTIPLY, I(-1), LI(1, I(1))), "[]");
    EXPECT(OP(RT_BINOP_ADD, LI(1, I(1)), T(1, I(2))), "!TypeError: unsupported types for __add__: 'list', 'tuple'");
    EXPECT(rt_inplace_op(RT_BINOP_ADD, LI(1, I(1)), T(1, I(2))), "[1, 2]");
    EXPECT(OP(RT_BINOP_LESS, LI(2, I(1), I(2)), LI(2, I(1), I(3))), "True");
    EXPECT(OP(RT_BINOP_EQUAL, LI(2, I(1), I(2)), LI(2, I(1), I(2))), "True");
    EXPECT(rt_hash(LI(0)), "!TypeError: unsupported type for __hash__: 'list'");
    Obj self_ref = LI(1, I(1));
    rt_list_append(self_ref, self_ref);
    EXPECT(self_ref, "[1, [...]]");
    /* sort: stable, key, reverse */
    Obj words = LI(6, S("pear"), S("fig"), S("apple"), S("kiwi"), S("date"), S("banana"));
    EXPECT(MK(words, "sort", 0, 1, "key", rt_builtin_lookup(name("len"))), "None");
    EXPECT(words, "['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']");
    EXPECT(MK(words, "sort", 0, 2, "key", rt_builtin_lookup(name("len")), "reverse", RT_TRUE), "None");
    EXPECT(words, "['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']");
    EXPECT(M(words, "sort", 1, I(1)), "!TypeError: function takes 1 positional arguments but 2 were given");
    Obj big = rt_list_new(0, NULL);
    for (int i = 0; i < 500; i++)
        rt_list_append(big, I((i * 7919) % 1000));
    Obj sorted = F("sorted", 1, 0, big);
    bool ordered = sorted != 0;
    for (size_t i = 1; ordered && i < 500; i++)
        ordered = small_value(((List *)sorted)->items[i - 1]) <= small_value(((List *)sorted)->items[i]);
    CHECK(ordered);
    EXPECT(F("sorted", 1, 0, LI(3, I(1), S("a"), I(2))), "!TypeError: unsupported types for __lt__: 'str', 'int'");
    EXPECT(F("list", 1, 0, S("hi")), "['h', 'i']");
    EXPECT(F("list", 1, 0, I(1)), "!TypeError: 'int' object isn't iterable");
}

static void test_tuple_range_slice(void) {
    Obj t = T(4, I(1), I(2), I(3), I(2));
    EXPECT(IDX(t, SL(I(1), N, N)), "(2, 3, 2)");
    EXPECT(IDX(t, SL(N, N, I(-1))), "(2, 3, 2, 1)");
    EXPECT(M(t, "count", 1, I(2)), "2");
    EXPECT(M(t, "index", 1, I(3)), "2");
    EXPECT(OP(RT_BINOP_MULTIPLY, T(1, I(1)), I(3)), "(1, 1, 1)");
    EXPECT(F("tuple", 1, 0, LI(2, I(1), I(2))), "(1, 2)");
    EXPECT(STORE(t, I(0), I(1)), "!TypeError: 'tuple' object doesn't support item assignment");
    EXPECT(OP(RT_BINOP_EQUAL, rt_hash(T(2, I(1), S("a"))), rt_hash(T(2, I(1), S("a")))), "True");

    EXPECT(F("range", 1, 0, I(5)), "range(0, 5)");
    Obj r = F("range", 3, 0, I(10), I(0), I(-3));
    EXPECT(r, "range(10, 0, -3)");
    EXPECT(LIST(r), "[10, 7, 4, 1]");
    EXPECT(F("len", 1, 0, r), "4");
    EXPECT(IDX(r, I(-1)), "1");
    EXPECT(IDX(r, I(4)), "!IndexError: range index out of range");
    EXPECT(IDX(F("range", 1, 0, I(10)), SL(I(2), N, I(3))), "range(2, 11, 3)");
    EXPECT(OP(RT_BINOP_CONTAINS, I(7), r), "True");
    EXPECT(OP(RT_BINOP_CONTAINS, I(6), r), "False");
    EXPECT(OP(RT_BINOP_EQUAL, F("range", 2, 0, I(0), I(0)), F("range", 3, 0, I(5), I(1), I(2))), "True");
    EXPECT(F("range", 3, 0, I(0), I(1), I(0)), "!ValueError: zero step");
    EXPECT(LIST(F("reversed", 1, 0, F("range", 3, 0, I(1), I(8), I(3)))), "[7, 4, 1]");
    EXPECT(rt_load_attr(r, name("step")), "-3");
    /* spans wider than the machine word's signed range */
    Obj wide = rt_range_new(RT_SMALL_MIN, RT_SMALL_MAX, 1);
    CHECK(rt_range_len((const Range *)wide) == (size_t)RT_SMALL_MAX - (size_t)RT_SMALL_MIN);
    EXPECT(OP(RT_BINOP_EQUAL, IDX(wide, I(-1)), rt_int_from_intptr(RT_SMALL_MAX - 1)), "True");
    EXPECT(OP(RT_BINOP_EQUAL, IDX(LIST(F("reversed", 1, 0, rt_range_new(RT_SMALL_MAX - 2, RT_SMALL_MAX, 1))), I(0)),
              rt_int_from_intptr(RT_SMALL_MAX - 1)), "True");

    Obj s = SL(I(1), N, I(2));
    EXPECT(s, "slice(1, None, 2)");
    EXPECT(M(s, "indices", 1, I(6)), "(1, 6, 2)");
    EXPECT(M(SL(N, N, I(-1)), "indices", 1, I(4)), "(3, -1, -1)");
    EXPECT(rt_load_attr(s, name("stop")), "None");
}

static void test_dict(void) {
    Obj d = F("dict", 1, 1, LI(2, T(2, S("a"), I(1)), T(2, S("b"), I(2))), "c", I(3));
    EXPECT(d, "{'a': 1, 'b': 2, 'c': 3}");
    EXPECT(M(d, "get", 1, S("z")), "None");
    EXPECT(M(d, "get", 2, S("z"), I(0)), "0");
    EXPECT(M(d, "setdefault", 2, S("d"), I(4)), "4");
    EXPECT(M(d, "setdefault", 2, S("d"), I(5)), "4");
    EXPECT(M(d, "pop", 1, S("a")), "1");
    EXPECT(M(d, "pop", 2, S("a"), I(0)), "0");
    EXPECT(M(d, "pop", 1, S("a")), "!KeyError: a");
    EXPECT(M(d, "popitem", 0), "('d', 4)");
    EXPECT(M(d, "keys", 0), "dict_keys(['b', 'c'])");
    EXPECT(M(d, "values", 0), "dict_values([2, 3])");
    EXPECT(M(d, "items", 0), "dict_items([('b', 2), ('c', 3)])");
    Obj keys = M(d, "keys", 0);
    rt_dict_set(d, S("e"), I(5));
    EXPECT(LIST(keys), "['b', 'c', 'e']");
    EXPECT(OP(RT_BINOP_CONTAINS, S("c"), keys), "True");
    EXPECT(OP(RT_BINOP_CONTAINS, T(2, S("c"), I(3)), M(d, "items", 0)), "True");
    EXPECT(OP(RT_BINOP_CONTAINS, I(5), M(d, "values", 0)), "True");
    EXPECT(OP(RT_BINOP_AND, keys, LI(2, S("c"), S("x"))), "{'c'}");
    EXPECT(OP(RT_BINOP_SUBTRACT, keys, F("set", 1, 0, LI(1, S("b")))), "{'c', 'e'}");
    EXPECT(MK(d, "update", 1, 1, LI(1, T(2, S("f"), I(6))), "g", I(7)), "None");
    EXPECT(d, "{'b': 2, 'c': 3, 'e': 5, 'f': 6, 'g': 7}");
    EXPECT(M(d, "update", 1, LI(1, T(1, I(1)))), "!ValueError: dict update sequence has wrong length");
    EXPECT(rt_call_method(RT_OBJ(&type_dict), name("fromkeys"), 2, 0, (Obj[]){ S("ab"), I(0) }), "{'a': 0, 'b': 0}");
    EXPECT(M(d, "fromkeys", 1, LI(1, I(1))), "{1: None}");
    EXPECT(M(d, "copy", 0), "{'b': 2, 'c': 3, 'e': 5, 'f': 6, 'g': 7}");
    EXPECT(OP(RT_BINOP_OR, F("dict", 0, 1, "x", I(1)), F("dict", 0, 1, "x", I(2))), "{'x': 2}");
    EXPECT(M(rt_dict_new(0), "popitem", 0), "!KeyError: popitem(): dictionary is empty");
    EXPECT(LIST(d), "['b', 'c', 'e', 'f', 'g']");
    EXPECT(M(d, "clear", 0), "None");
    EXPECT(d, "{}");
    /* many entries go through the index */
    Obj big = rt_dict_new(0);
    for (int i = 0; i < 300; i++)
        rt_dict_set(big, I(i), I(i * i));
    for (int i = 0; i < 300; i += 2)
        rt_dict_remove(big, I(i));
    EXPECT(F("len", 1, 0, big), "150");
    EXPECT(M(big, "get", 1, I(299)), "89401");
    EXPECT(M(big, "popitem", 0), "(299, 89401)");
}

static void test_set(void) {
    Obj a = F("set", 1, 0, LI(4, I(1), I(2), I(3), I(2)));
    Obj b = F("set", 1, 0, LI(2, I(3), I(4)));
    EXPECT(a, "{1, 2, 3}");
    EXPECT(OP(RT_BINOP_OR, a, b), "{1, 2, 3, 4}");
    EXPECT(OP(RT_BINOP_AND, a, b), "{3}");
    EXPECT(OP(RT_BINOP_SUBTRACT, a, b), "{1, 2}");
    EXPECT(OP(RT_BINOP_XOR, a, b), "{1, 2, 4}");
    EXPECT(OP(RT_BINOP_LESS, F("set", 1, 0, LI(1, I(3))), b), "True");
    EXPECT(OP(RT_BINOP_LESS_EQUAL, a, b), "False");
    EXPECT(OP(RT_BINOP_EQUAL, a, F("frozenset", 1, 0, LI(3, I(3), I(2), I(1)))), "True");
    EXPECT(OP(RT_BINOP_OR, a, LI(1, I(1))), "!TypeError: unsupported types for __or__: 'set', 'list'");
    EXPECT(M(a, "union", 2, LI(1, I(9)), T(1, I(8))), "{1, 2, 3, 9, 8}");
    EXPECT(M(a, "intersection", 1, LI(2, I(2), I(3))), "{2, 3}");
    EXPECT(M(a, "difference", 1, LI(1, I(1))), "{2, 3}");
    EXPECT(M(a, "symmetric_difference", 1, LI(1, I(1))), "{2, 3}");
    EXPECT(M(a, "issubset", 1, F("range", 1, 0, I(5))), "True");
    EXPECT(M(a, "issuperset", 1, LI(1, I(1))), "True");
    EXPECT(M(a, "isdisjoint", 1, LI(1, I(7))), "True");
    EXPECT(M(a, "remove", 1, I(42)), "!KeyError: 42");
    EXPECT(M(a, "discard", 1, I(42)), "None");
    EXPECT(M(a, "add", 1, I(5)), "None");
    EXPECT(M(a, "intersection_update", 1, LI(3, I(5), I(1), I(0))), "None");
    EXPECT(a, "{1, 5}");
    EXPECT(M(a, "difference_update", 1, LI(1, I(5))), "None");
    EXPECT(rt_inplace_op(RT_BINOP_OR, a, b), "{1, 3, 4}");
    EXPECT(M(a, "pop", 0), "1");
    EXPECT(M(F("set", 0, 0), "pop", 0), "!KeyError: pop from an empty set");
    EXPECT(F("set", 0, 0), "set()");
    EXPECT(F("frozenset", 0, 0), "frozenset()");
    Obj fs = F("frozenset", 1, 0, S("ab"));
    EXPECT(fs, "frozenset({'a', 'b'})");
    EXPECT(OP(RT_BINOP_EQUAL, rt_hash(fs), rt_hash(F("frozenset", 1, 0, S("ba")))), "True");
    EXPECT(rt_hash(a), "!TypeError: unsupported type for __hash__: 'set'");
    EXPECT(M(fs, "add", 1, I(1)), "!AttributeError: 'frozenset' object has no attribute 'add'");
    EXPECT(F("len", 1, 0, F("set", 1, 0, LI(4, I(1), rt_float_new(1.0), RT_TRUE, I(2)))), "2");
}

static Obj sort_victim;
static Obj mutating_key(Obj x) {
    rt_list_append(sort_victim, x);
    return x;
}
static RT_FN1(mutating_key_obj, mutating_key);

static void test_sort_mutation(void) {
    sort_victim = LI(3, I(3), I(1), I(2));
    EXPECT(MK(sort_victim, "sort", 0, 1, "key", RT_OBJ(&mutating_key_obj)), "!ValueError: list modified during sort");
    EXPECT(sort_victim, "[1, 2, 3]");
}

static Obj double_it(Obj x) { return rt_binary_op(RT_BINOP_MULTIPLY, x, small_from(2)); }
static RT_FN1(double_obj, double_it);

static void test_iterators_builtins(void) {
    EXPECT(LIST(F("enumerate", 1, 0, S("ab"))), "[(0, 'a'), (1, 'b')]");
    EXPECT(LIST(F("enumerate", 1, 1, S("ab"), "start", I(5))), "[(5, 'a'), (6, 'b')]");
    EXPECT(LIST(F("zip", 3, 0, S("abc"), LI(2, I(1), I(2)), F("range", 1, 0, I(9)))), "[('a', 1, 0), ('b', 2, 1)]");
    EXPECT(LIST(F("zip", 0, 0)), "[]");
    EXPECT(LIST(F("map", 2, 0, RT_OBJ(&double_obj), LI(2, I(1), I(2)))), "[2, 4]");
    EXPECT(LIST(F("filter", 2, 0, N, LI(4, I(0), I(1), S(""), S("x")))), "[1, 'x']");
    EXPECT(LIST(F("reversed", 1, 0, LI(3, I(1), I(2), I(3)))), "[3, 2, 1]");
    EXPECT(LIST(F("reversed", 1, 0, S("abc"))), "['c', 'b', 'a']");
    EXPECT(F("reversed", 1, 0, F("set", 0, 0)), "!TypeError: 'set' object isn't reversible");
    EXPECT(F("all", 1, 0, LI(2, I(1), S("x"))), "True");
    EXPECT(F("all", 1, 0, LI(2, I(1), I(0))), "False");
    EXPECT(F("any", 1, 0, rt_list_new(0, NULL)), "False");
    EXPECT(F("max", 3, 0, I(3), I(9), I(2)), "9");
    EXPECT(F("min", 1, 0, S("hello")), "'e'");
    EXPECT(F("max", 1, 1, LI(3, S("aa"), S("b"), S("ccc")), "key", rt_builtin_lookup(name("len"))), "'ccc'");
    EXPECT(F("max", 1, 1, rt_list_new(0, NULL), "default", I(7)), "7");
    EXPECT(F("max", 1, 0, rt_list_new(0, NULL)), "!ValueError: arg is an empty sequence");
    EXPECT(F("sum", 1, 0, LI(3, I(1), I(2), I(3))), "6");
    EXPECT(F("sum", 2, 0, LI(2, rt_float_new(0.5), I(1)), I(10)), "11.5");
    EXPECT(F("sorted", 1, 1, S("bca"), "reverse", RT_TRUE), "['c', 'b', 'a']");
    Obj it = F("iter", 1, 0, LI(1, I(1)));
    EXPECT(F("next", 1, 0, it), "1");
    EXPECT(F("next", 2, 0, it, S("done")), "'done'");
    EXPECT(F("next", 1, 0, it), "!StopIteration: ");
    EXPECT(F("len", 1, 0, I(5)), "!TypeError: object of type 'int' has no len()");
    EXPECT(F("len", 1, 0, F("dict", 0, 1, "a", I(1))), "1");
    Obj names = F("dir", 1, 0, LI(0));
    EXPECT(OP(RT_BINOP_CONTAINS, S("append"), names), "True");
    EXPECT(OP(RT_BINOP_CONTAINS, S("upper"), F("dir", 1, 0, S(""))), "True");
}

/* Every ROM name's precomputed hash equals the run-time hash of its text,
 * so lookups by text (interning, getattr) find it. */
static void test_name_hashes(void) {
    size_t bad = 0;
    for (size_t i = 0; i < rt_names_all_count; i++)
        bad += rt_names_all[i]->hash != rt_str_hash(rt_names_all[i]->data, rt_names_all[i]->len);
    CHECK(bad == 0);
    EXPECT(M(F("set", 0, 0), "symmetric_difference", 1, S("a")), "{'a'}");
}

static void test_helpers(void) {
    Obj out[4];
    EXPECT(rt_unpack(T(2, I(1), I(2)), 2, out) < 0 ? 0 : T(2, out[0], out[1]), "(1, 2)");
    EXPECT(rt_unpack(T(2, I(1), I(2)), 3, out) < 0 ? 0 : RT_NONE, "!ValueError: need more than 2 values to unpack");
    EXPECT(rt_unpack(S("abc"), 2, out) < 0 ? 0 : RT_NONE, "!ValueError: too many values to unpack (expected 2)");
    EXPECT(rt_unpack(S("ab"), 2, out) < 0 ? 0 : T(2, out[0], out[1]), "('a', 'b')");
    EXPECT(rt_unpack_star(F("range", 1, 0, I(5)), 1, 1, out) < 0 ? 0 : T(3, out[0], out[1], out[2]), "(0, [1, 2, 3], 4)");
    EXPECT(rt_unpack_star(T(1, I(1)), 1, 1, out) < 0 ? 0 : RT_NONE, "!ValueError: need more than 1 values to unpack");
    EXPECT(rt_str_concat(3, (Obj[]){ S("a"), S("é"), S("") }), "'aé'");
    EXPECT(OP(RT_BINOP_EQUAL, rt_hash(F("range", 2, 0, I(0), I(0))), rt_hash(F("range", 2, 0, I(5), I(5)))), "True");
    Obj d = rt_dict_new(0);
    rt_dict_set(d, S("b"), I(1));
    rt_dict_set(d, S("a"), I(1));
    EXPECT(rt_dir_names(d), "['a', 'b']");
}

/* ---- CPython vectors (gen_datatype_vectors.py on stdin) ------------------- */

static int hexval(char c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; }

static Obj parse_token(const char *t) {
    const char *p = t + 2;
    switch (t[0]) {
    case 'i': return rt_int_parse(p, strlen(p), 10);
    case 'f': return rt_float_parse(p, strlen(p));
    case 'n': return RT_NONE;
    case 's': case 'b': {
        static char buf[4096];
        size_t n = 0;
        for (; p[0] && p[1] && n < sizeof buf; p += 2)
            buf[n++] = (char)(hexval(p[0]) * 16 + hexval(p[1]));
        return t[0] == 's' ? rt_str_new(buf, n) : rt_bytes_new(buf, n);
    }
    case 'l': {
        Obj l = rt_list_new(0, NULL);
        while (*p) {
            char *end;
            rt_list_append(l, small_from(strtol(p, &end, 10)));
            p = *end ? end + 1 : end;
        }
        return l;
    }
    default: return 0;
    }
}

static Obj run_vector(const char *op, size_t n, Obj *a) {
    if (!strcmp(op, "fmt"))
        return rt_format(a[0], a[1]);
    if (!strcmp(op, "mod"))
        return OP(RT_BINOP_MODULO, a[0], T(1, a[1]));
    if (!strcmp(op, "meth"))
        return rt_call_method(a[0], rt_str_intern_obj(a[1]), n - 2, 0, a + 2);
    if (!strcmp(op, "join"))
        return M(a[0], "join", 1, rt_list_new(n - 1, a + 1));
    if (!strcmp(op, "sget"))
        return IDX(a[0], SL(a[1], a[2], a[3]));
    if (!strcmp(op, "sdel"))
        return DEL(a[0], SL(a[1], a[2], a[3]));
    if (!strcmp(op, "sset"))
        return STORE(a[0], SL(a[1], a[2], a[3]), a[4]);
    if (!strcmp(op, "sort"))
        return F("sorted", 1, 1, a[0], "reverse", a[1] == small_from(1) ? RT_TRUE : RT_FALSE);
    if (!strcmp(op, "sortlen"))
        return F("sorted", 1, 2, rt_list_new(n - 1, a), "key", rt_builtin_lookup(name("len")),
                 "reverse", a[n - 1] == small_from(1) ? RT_TRUE : RT_FALSE);
    if (!strcmp(op, "lmeth")) {
        Obj r = rt_call_method(a[0], rt_str_intern_obj(a[1]), n - 2, 0, a + 2);
        return r ? T(2, r, a[0]) : 0;
    }
    if (!strcmp(op, "dmeth")) {
        /* keys..., method name, args...: the dict is {k: k * 10}. */
        size_t k = 0;
        while (k < n && obj_is_small(a[k]))
            k++;
        Obj d = rt_dict_new(0);
        for (size_t i = 0; i < k; i++)
            rt_dict_set(d, a[i], small_from(small_value(a[i]) * 10));
        Obj r = rt_call_method(d, rt_str_intern_obj(a[k]), n - k - 1, 0, a + k + 1);
        if (r && (obj_is_type(r, &rt_type_dict_keys) || obj_is_type(r, &rt_type_dict_values) || obj_is_type(r, &rt_type_dict_items)))
            r = LIST(r);
        return r ? T(2, r, d) : 0;
    }
    if (!strcmp(op, "smeth")) {
        Obj st = F("set", 1, 0, a[0]);
        Obj r = rt_call_method(st, rt_str_intern_obj(a[1]), 1, 0, a + 2);
        if (r && obj_is_set_like(r))
            r = F("sorted", 1, 0, r);
        return r ? T(2, r, F("sorted", 1, 0, st)) : 0;
    }
    return 0;
}

static void run_vectors(FILE *in) {
    static char line[16384];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = 0;
        char *fields[40];
        size_t nf = 0;
        for (char *tokp = strtok(line, "\t"); tokp && nf < 40; tokp = strtok(NULL, "\t"))
            fields[nf++] = tokp;
        if (nf < 2)
            continue;
        Obj args[40];
        for (size_t i = 1; i + 1 < nf; i++)
            args[i - 1] = parse_token(fields[i]);
        Obj r = run_vector(fields[0], nf - 2, args);
        const char *want = fields[nf - 1];
        char got[8192];
        if (!r) {
            Obj e = rt_exc_take();
            snprintf(got, sizeof got, "!%s", e ? rt_type_name(type_of(e)) : "?");
        } else {
            const char *rc = repr_c(r);
            size_t k = 0;
            for (; rc[k] && 2 * k + 2 < sizeof got; k++)
                snprintf(got + 2 * k, 3, "%02x", (unsigned char)rc[k]);
            got[2 * k] = 0;
        }
        test_checks++;
        if (strcmp(want, "*") != 0 && strcmp(got, want) != 0) {
            test_failures++;
            char shown[4096] = "";
            if (got[0] != '!') {
                size_t k = 0;
                for (; got[2 * k] && k + 1 < sizeof shown; k++)
                    shown[k] = (char)(hexval(got[2 * k]) * 16 + hexval(got[2 * k + 1]));
                shown[k] = 0;
            } else {
                snprintf(shown, sizeof shown, "%.4000s", got);
            }
            char wanted[4096] = "";
            if (want[0] != '!') {
                size_t k = 0;
                for (; want[2 * k] && k + 1 < sizeof wanted; k++)
                    wanted[k] = (char)(hexval(want[2 * k]) * 16 + hexval(want[2 * k + 1]));
                wanted[k] = 0;
            } else {
                snprintf(wanted, sizeof wanted, "%.4000s", want);
            }
            fprintf(stderr, "vector %s", fields[0]);
            for (size_t i = 1; i + 1 < nf; i++)
                fprintf(stderr, " %s", repr_c(args[i - 1]));
            fprintf(stderr, ": got %s, want %s\n", shown, wanted);
        }
    }
}

int main(int argc, char **argv) {
    hal_host_set_heap_size(16 << 20);
    rt_init(0);
    /* MPYC_TEST_GC_STRESS: collect after every few allocations, so objects
     * only the C stack holds must survive collections mid-operation. */
    if (getenv("MPYC_TEST_GC_STRESS"))
        rt_gc_set_threshold(256);
    if (argc > 1 && !strcmp(argv[1], "-")) {
        run_vectors(stdin);
        return test_summary("runtime data types (CPython vectors)");
    }
    test_name_hashes();
    test_str();
    test_format();
    test_bytes();
    test_list();
    test_tuple_range_slice();
    test_dict();
    test_set();
    test_iterators_builtins();
    test_helpers();
    test_sort_mutation();
    /* Everything again after a collection: nothing the tests hold died. */
    rt_gc_collect();
    test_list();
    return test_summary("runtime data types");
}
