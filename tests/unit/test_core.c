/* Unit tests of the runtime core: exceptions and tracebacks, calls and the
 * argument binder, classes (MRO, special methods, super, properties),
 * dicts, interning, and the GC under a small heap. */
#include "rt_test.h"

/* A stream capturing output into a C buffer. */
static char captured[4096];
static size_t captured_len;
static int capture_write(Stream *s, const char *data, size_t len) {
    (void)s;
    if (captured_len + len < sizeof captured) {
        memcpy(captured + captured_len, data, len);
        captured_len += len;
        captured[captured_len] = 0;
    }
    return 0;
}
static Stream capture = { capture_write, NULL };

/* ---- exceptions --------------------------------------------------------- */

static Obj divide(Obj a, Obj b) {
    Obj r = rt_binary_op(RT_BINOP_FLOOR_DIVIDE, a, b);
    if (!r)
        rt_traceback_add("app.py", 3, "f");
    return r;
}

static void test_exceptions(void) {
    Obj r = divide(small_from(1), small_from(0));
    CHECK(r == 0);
    rt_traceback_add("app.py", 7, "<module>");
    Obj e = rt_exc_take();
    CHECK(e && type_of(e) == &type_ZeroDivisionError);
    captured_len = 0;
    rt_print_exception(&capture, e);
    CHECK(!strcmp(captured, "Traceback (most recent call last):\n"
                            "  File \"app.py\", line 7, in <module>\n"
                            "  File \"app.py\", line 3, in f\n"
                            "ZeroDivisionError: divide by zero\n"));

    CHECK(!rt_binary_op(RT_BINOP_ADD, small_from(1), cstr("a")));
    CHECK(!strcmp(exc_c(), "TypeError: unsupported types for __add__: 'int', 'str'"));
    CHECK(!rt_global_load(rt_dict_new(0), name("x")));
    CHECK(!strcmp(exc_c(), "NameError: name 'x' isn't defined"));
    CHECK(!rt_call0(small_from(5)));
    CHECK(!strcmp(exc_c(), "TypeError: 'int' object isn't callable"));
    CHECK(!rt_load_attr(small_from(5), name("x")));
    CHECK(!strcmp(exc_c(), "AttributeError: 'int' object has no attribute 'x'"));
    CHECK(!rt_unary_op(RT_UNARY_NEGATIVE, cstr("s")));
    CHECK(!strcmp(exc_c(), "TypeError: unsupported type for __neg__: 'str'"));

    /* matching, args, repr */
    Obj args[2] = { small_from(1), cstr("two") };
    Obj ve = rt_exc_new(&type_ValueError, 2, args);
    CHECK(rt_exc_matches(ve, RT_OBJ(&type_Exception)));
    CHECK(!rt_exc_matches(ve, RT_OBJ(&type_TypeError)));
    Obj pair[2] = { RT_OBJ(&type_TypeError), RT_OBJ(&type_ValueError) };
    CHECK(rt_exc_matches(ve, rt_tuple_new(2, pair)));
    CHECK(!strcmp(repr_c(ve), "ValueError(1, 'two')"));
    CHECK(!strcmp(repr_c(rt_exc_new_msg(&type_KeyError, "k")), "KeyError('k',)"));
    CHECK(rt_exc_value(rt_exc_new(&type_StopIteration, 1, args)) == small_from(1));

    /* raising a class instantiates it; non-exceptions are a TypeError */
    rt_raise(RT_OBJ(&type_IndexError));
    CHECK(rt_exc_pending_matches(&type_IndexError));
    rt_exc_clear();
    rt_raise(small_from(3));
    CHECK(!strcmp(exc_c(), "TypeError: exceptions must derive from BaseException"));

    /* MemoryError needs no allocation */
    rt_gc_heap_lock();
    CHECK(rt_alloc(64) == NULL);
    CHECK(rt_exc_pending_matches(&type_MemoryError));
    rt_gc_heap_unlock();
    rt_exc_clear();

    /* OSError errno formatting */
    Obj n = small_from(2);
    Obj ose = rt_exc_new(&type_OSError, 1, &n);
    CHECK(!strcmp(rt_str_data(rt_str(ose)), "[Errno 2] ENOENT"));
    CHECK(rt_load_attr(ose, NAME(errno)) == small_from(2));
}

/* ---- calls and the binder ---------------------------------------------- */

/* def f(a, b=10, *args, c, d=4, **kw): returns the parameter slots
 * (a, b, c, d, args, kw) */
static Obj f_entry(const Function *self, Obj *p) {
    (void)self;
    return rt_tuple_new(6, p);
}

static void test_calls(void) {
    static Obj params[6];
    params[0] = name("a"); params[1] = name("b"); params[2] = name("c");
    params[3] = name("d"); params[4] = name("args"); params[5] = name("kw");
    static CodeInfo code;
    code.name = name("f");
    code.param_names = params;
    code.n_posonly = 0;
    code.n_pos = 2;
    code.n_kwonly = 2;
    code.flags = RT_CODE_VARARGS | RT_CODE_VARKW;
    code.entry = f_entry;
    Obj defaults = rt_tuple_new(1, (Obj[]){ small_from(10) });
    Obj kwdefaults = rt_dict_new(0);
    rt_dict_set(kwdefaults, name("d"), small_from(4));
    Obj f = rt_function_new(&code, 0, defaults, kwdefaults, 0);

    Obj r = rt_call(f, 1, 1, (Obj[]){ small_from(1), name("c"), small_from(3) });
    CHECK(!strcmp(repr_c(r), "(1, 10, 3, 4, (), {})"));
    r = rt_call(f, 4, 2, (Obj[]){ small_from(1), small_from(2), small_from(5), small_from(6),
                                  name("c"), small_from(3), name("zz"), small_from(9) });
    CHECK(!strcmp(repr_c(r), "(1, 2, 3, 4, (5, 6), {'zz': 9})"));
    CHECK(!rt_call(f, 0, 1, (Obj[]){ name("c"), small_from(3) }));
    CHECK(!strcmp(exc_c(), "TypeError: function missing 1 required positional arguments"));
    CHECK(!rt_call(f, 1, 0, (Obj[]){ small_from(1) }));
    CHECK(!strcmp(exc_c(), "TypeError: function missing required keyword argument 'c'"));
    CHECK(!rt_call(f, 1, 2, (Obj[]){ small_from(1), name("a"), small_from(2), name("c"), small_from(3) }));
    CHECK(!strcmp(exc_c(), "TypeError: function got multiple values for argument 'a'"));

    /* without *args / **kw */
    code.flags = 0;
    CHECK(!rt_call(f, 3, 0, (Obj[]){ small_from(1), small_from(2), small_from(3) }));
    CHECK(!strcmp(exc_c(), "TypeError: function takes 2 positional arguments but 3 were given"));
    CHECK(!rt_call(f, 1, 2, (Obj[]){ small_from(1), name("c"), small_from(3), name("q"), small_from(1) }));
    CHECK(!strcmp(exc_c(), "TypeError: unexpected keyword argument 'q'"));
    code.flags = RT_CODE_VARARGS | RT_CODE_VARKW;

    /* f(*[...], **{...}) */
    Obj star = rt_tuple_new(2, (Obj[]){ small_from(7), small_from(8) });
    Obj dstar = rt_dict_new(0);
    rt_dict_set(dstar, cstr("c"), small_from(0));
    r = rt_call_ex(f, 0, 0, NULL, star, dstar);
    CHECK(!strcmp(repr_c(r), "(7, 8, 0, 4, (), {})"));

    /* builtins through the builtins table */
    Obj print_fn = rt_builtin_lookup(NAME(print));
    CHECK(print_fn != 0);
    Obj isinst = rt_builtin_lookup(NAME(isinstance));
    CHECK(rt_call2(isinst, RT_TRUE, RT_OBJ(&type_int)) == RT_TRUE);
    CHECK(!rt_call(isinst, 1, 0, (Obj[]){ RT_TRUE }));
    CHECK(!strcmp(exc_c(), "TypeError: function takes 2 positional arguments but 1 were given"));
    Obj rnd = rt_builtin_lookup(NAME(round));
    CHECK(!strcmp(repr_c(rt_call1(rnd, rt_float_new(2.5))), "2"));
    CHECK(!strcmp(repr_c(rt_call2(rnd, rt_float_new(2.675), small_from(2))), "2.67"));
    CHECK(!strcmp(repr_c(rt_call2(rnd, small_from(1250), small_from(-2))), "1200"));
}

/* ---- classes --------------------------------------------------------------- */

static Obj method_entry_add(const Function *self, Obj *p) {
    (void)self;
    /* def __add__(self, other): return self.v + other */
    Obj v = rt_load_attr(p[0], name("v"));
    return v ? rt_binary_op(RT_BINOP_ADD, v, p[1]) : 0;
}
static Obj method_entry_init(const Function *self, Obj *p) {
    (void)self;
    return rt_store_attr(p[0], name("v"), p[1]) < 0 ? 0 : RT_NONE;
}
static Obj method_entry_repr(const Function *self, Obj *p) {
    (void)self;
    (void)p;
    return cstr("<A!>");
}
static Obj method_entry_who(const Function *self, Obj *p) {
    (void)self;
    (void)p;
    return cstr("A.who");
}
static Obj method_entry_who_b(const Function *self, Obj *p) {
    (void)self;
    /* return "B+" + super(B, self).who() */
    Obj sup = rt_super(rt_load_attr(RT_OBJ(type_of(p[0])), NAME(__mro__)) ? rt_tuple_items(rt_load_attr(RT_OBJ(type_of(p[0])), NAME(__mro__)))[0] : 0, p[0]);
    Obj r = sup ? rt_call_method(sup, name("who"), 0, 0, NULL) : 0;
    return r ? rt_binary_op(RT_BINOP_ADD, cstr("B+"), r) : 0;
}

static Obj make_fn(CodeInfo *c, const char *n, int n_pos, FunctionEntry entry) {
    static Obj names[4];
    names[0] = name("self");
    names[1] = name("x");
    c->name = name(n);
    c->param_names = names;
    c->n_pos = (uint8_t)n_pos;
    c->entry = entry;
    return rt_function_new(c, 0, 0, 0, 0);
}

static void test_classes(void) {
    static CodeInfo c_add, c_init, c_repr, c_who, c_who_b;
    Obj ns = rt_dict_new(0);
    rt_dict_set(ns, NAME(__init__), make_fn(&c_init, "__init__", 2, method_entry_init));
    rt_dict_set(ns, NAME(__add__), make_fn(&c_add, "__add__", 2, method_entry_add));
    rt_dict_set(ns, NAME(__repr__), make_fn(&c_repr, "__repr__", 1, method_entry_repr));
    rt_dict_set(ns, name("who"), make_fn(&c_who, "who", 1, method_entry_who));
    rt_dict_set(ns, name("k"), small_from(42));
    Obj A = rt_build_class(cstr("A"), 0, ns, 0);
    CHECK(A != 0);
    CHECK(!strcmp(repr_c(A), "<class 'A'>"));
    Obj a = rt_call1(A, small_from(5));
    CHECK(a != 0);
    CHECK(rt_load_attr(a, name("v")) == small_from(5));
    CHECK(rt_load_attr(a, name("k")) == small_from(42));
    CHECK(rt_binary_op(RT_BINOP_ADD, a, small_from(3)) == small_from(8));
    CHECK(!strcmp(repr_c(a), "<A!>"));
    CHECK(!rt_binary_op(RT_BINOP_SUBTRACT, a, small_from(3)));
    CHECK(!strcmp(exc_c(), "TypeError: unsupported types for __sub__: 'A', 'int'"));
    CHECK(!rt_load_attr(a, name("nope")));
    CHECK(!strcmp(exc_c(), "AttributeError: 'A' object has no attribute 'nope'"));
    CHECK(rt_isinstance(a, A) == 1 && rt_isinstance(a, RT_OBJ(&type_object)) == 1);
    CHECK(rt_hash(a) != 0);

    /* subclass with super() and a diamond for C3 */
    Obj ns_b = rt_dict_new(0);
    rt_dict_set(ns_b, name("who"), make_fn(&c_who_b, "who", 1, method_entry_who_b));
    Obj B = rt_build_class(cstr("B"), rt_tuple_new(1, &A), ns_b, 0);
    Obj b = rt_call1(B, small_from(1));
    Obj who = rt_call_method(b, name("who"), 0, 0, NULL);
    if (!who)
        fprintf(stderr, "who: %s\n", exc_c());
    CHECK(!strcmp(repr_c(who), "'B+A.who'"));
    Obj C = rt_build_class(cstr("C"), rt_tuple_new(1, &A), rt_dict_new(0), 0);
    Obj D = rt_build_class(cstr("D"), rt_tuple_new(2, (Obj[]){ B, C }), rt_dict_new(0), 0);
    CHECK(!strcmp(repr_c(rt_load_attr(D, NAME(__mro__))), "(<class 'D'>, <class 'B'>, <class 'C'>, <class 'A'>, <class 'object'>)"));
    CHECK(rt_issubclass(D, A) == 1 && rt_issubclass(A, D) == 0);
    Obj bad = rt_build_class(cstr("E"), rt_tuple_new(2, (Obj[]){ A, D }), rt_dict_new(0), 0);
    CHECK(bad == 0);
    rt_exc_clear();

    /* exception subclass */
    Obj MyErr = rt_build_class(cstr("MyErr"), rt_tuple_new(1, (Obj[]){ RT_OBJ(&type_ValueError) }), rt_dict_new(0), 0);
    Obj e = rt_call1(MyErr, cstr("bad"));
    CHECK(e && rt_exc_matches(e, RT_OBJ(&type_ValueError)));
    rt_raise(e);
    captured_len = 0;
    rt_print_exception(&capture, rt_exc_take());
    CHECK(!strcmp(captured, "MyErr: bad\n"));
    CHECK(rt_store_attr(e, name("extra"), small_from(1)) == 0 && rt_load_attr(e, name("extra")) == small_from(1));

    /* property and staticmethod / classmethod */
    Obj ns_p = rt_dict_new(0);
    rt_dict_set(ns_p, name("p"), rt_property_new(make_fn(&c_who, "who", 1, method_entry_who), RT_NONE, RT_NONE));
    rt_dict_set(ns_p, name("s"), rt_staticmethod_new(rt_builtin_lookup(NAME(abs))));
    Obj P = rt_build_class(cstr("P"), 0, ns_p, 0);
    Obj pi = rt_call0(P);
    CHECK(!strcmp(repr_c(rt_load_attr(pi, name("p"))), "'A.who'"));
    CHECK(rt_store_attr(pi, name("p"), small_from(1)) < 0);
    rt_exc_clear();
    CHECK(rt_call_method(pi, name("s"), 1, 0, (Obj[]){ small_from(-4) }) == small_from(4));
}

/* ---- dicts and strings -------------------------------------------------------- */

static void test_dicts(void) {
    Obj d = rt_dict_new(0);
    for (int i = 0; i < 1000; i++)
        CHECK(rt_dict_set(d, small_from(i * 7), small_from(i)) == 0);
    CHECK(rt_dict_len(d) == 1000);
    int ok = 1;
    for (int i = 0; i < 1000; i++)
        ok &= rt_dict_get(d, small_from(i * 7)) == small_from(i);
    CHECK(ok);
    for (int i = 0; i < 1000; i += 2)
        rt_dict_remove(d, small_from(i * 7));
    CHECK(rt_dict_len(d) == 500 && rt_dict_get(d, small_from(14)) == 0 && rt_dict_get(d, small_from(7)) == small_from(1));
    /* insertion order kept */
    Obj e = rt_dict_new(0);
    rt_dict_set(e, cstr("b"), small_from(1));
    rt_dict_set(e, cstr("a"), small_from(2));
    rt_dict_set(e, rt_float_new(1.0), small_from(3));
    CHECK(rt_dict_get(e, small_from(1)) == small_from(3));   /* 1 == 1.0 */
    CHECK(!strcmp(repr_c(e), "{'b': 1, 'a': 2, 1.0: 3}"));
    CHECK(!rt_subscr_load(e, cstr("zz")));
    CHECK(!strcmp(exc_c(), "KeyError: zz"));
    /* interning: same object for the same text */
    CHECK(name("__init__") == NAME(__init__));
    CHECK(name("hello_world") == name("hello_world"));
    CHECK(!strcmp(repr_c(cstr("it's")), "\"it's\""));
    CHECK(!strcmp(repr_c(cstr("a\nb\\")), "'a\\nb\\\\'"));
}

/* ---- GC --------------------------------------------------------------------------- */

static Obj build_list_chain(int n) {
    Obj head = RT_NONE;
    for (int i = 0; i < n; i++) {
        Obj pair[2] = { small_from(i), head };
        head = rt_tuple_new(2, pair);
        if (!head)
            return 0;
    }
    return head;
}

/* Fills the heap with a chain until allocation fails; returns its length. */
__attribute__((noinline)) static int exhaust_heap(void) {
    Obj keep = RT_NONE;
    int count = 0;
    for (;;) {
        Obj pair[2] = { keep, rt_str_new("0123456789abcdef0123456789abcdef", 32) };
        if (!pair[1])
            break;
        Obj t = rt_tuple_new(2, pair);
        if (!t)
            break;
        keep = t;
        count++;
    }
    return count;
}

/* Overwrites dead stack slots so stale pointers do not keep garbage alive
 * under the conservative scan. */
__attribute__((noinline)) static void scrub_stack(void) {
    volatile char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = 0;
}

static void test_gc(void) {
    rt_gc_collect();
    size_t free_before = rt_gc_mem_free();
    /* garbage is reclaimed */
    for (int round = 0; round < 50; round++)
        for (int i = 0; i < 200; i++)
            rt_str_new("garbage-garbage-garbage", 23);
    rt_gc_collect();
    CHECK(rt_gc_mem_free() + 256 >= free_before);
    /* a deep chain survives (mark stack overflow path) and stays intact */
    Obj chain = build_list_chain(5000);
    CHECK(chain != 0);
    rt_gc_collect();
    int n = 0, intact = 1;
    for (Obj p = chain; p != RT_NONE; p = rt_tuple_items(p)[1], n++)
        intact &= rt_tuple_items(p)[0] == small_from(4999 - n);
    CHECK(n == 5000 && intact);
    /* big integers survive collections while in use */
    Obj big = rt_int_parse("123456789012345678901234567890123456789", 39, 10);
    for (int i = 0; i < 100; i++) {
        big = rt_binary_op(RT_BINOP_MULTIPLY, big, small_from(3));
        rt_gc_collect();
    }
    Obj back = big;
    for (int i = 0; i < 100; i++)
        back = rt_binary_op(RT_BINOP_FLOOR_DIVIDE, back, small_from(3));
    CHECK(!strcmp(repr_c(back), "123456789012345678901234567890123456789"));
    /* exhaustion raises MemoryError, and the heap recovers */
    chain = 0;
    CHECK(exhaust_heap() > 100);
    CHECK(rt_exc_pending_matches(&type_MemoryError));
    rt_exc_clear();
    scrub_stack();
    rt_gc_collect();
    CHECK(rt_str_new("after", 5) != 0);
}

int main(void) {
    hal_host_set_heap_size(256 * 1024);
    rt_init(0);
    test_exceptions();
    test_calls();
    test_classes();
    test_dicts();
    test_gc();
    return test_summary("core");
}
