/* The mpyc object model: values, types, and the layouts of the core objects.
 * Freestanding C11 (only <stddef.h>, <stdint.h>, <stdbool.h>, <stdarg.h>).
 *
 * Value model
 *   Obj is one machine word.
 *   - bit 0 set: a small int, value = (intptr_t)o >> 1 (31-bit on 32-bit
 *     MCUs, 63-bit on the host). Every int that fits is a small int: bigints
 *     only ever hold values outside [RT_SMALL_MIN, RT_SMALL_MAX].
 *   - otherwise a pointer to an object whose first word is `const Type *type`.
 *     Objects live in ROM (const data, never scanned or freed) or in the GC
 *     heap. None, True, False, Ellipsis, NotImplemented are ROM singletons.
 *   - 0 is never a Python value: a function returning Obj returns 0 when it
 *     raised (the exception is pending in the runtime state, see rt.h); in
 *     other places 0 means "no value" (unset local, empty slot).
 *
 * Ownership of files (runtime/): the core (this header, rt.h, gc, int,
 * float, complex, exceptions, calls, classes, modules, printing, dict core,
 * str/tuple core) is written by the runtime-core engineer; str.c, bytes.c,
 * list.c, tuple.c, set.c, range.c, slice.c, memoryview.c, iterators and
 * the remaining builtins by the data-types engineer, who extends dict.c,
 * str_core.c and tuple_core.c rather than rewriting them. */
#ifndef MPYC_OBJ_H
#define MPYC_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t Obj;
typedef struct Type Type;

/* ---- floats: double on the host, per-board single or double ---------- */
#ifndef RT_FLOAT_IS_DOUBLE
#define RT_FLOAT_IS_DOUBLE 1
#endif
#if RT_FLOAT_IS_DOUBLE
typedef double mp_float;
#else
typedef float mp_float;
#endif

/* ---- small ints ------------------------------------------------------- */
#define RT_SMALL_MAX ((intptr_t)(INTPTR_MAX >> 1))
#define RT_SMALL_MIN ((intptr_t)(INTPTR_MIN >> 1))
static inline bool obj_is_small(Obj o) { return (o & 1) != 0; }
static inline intptr_t small_value(Obj o) { return (intptr_t)o >> 1; }
/* v must be within [RT_SMALL_MIN, RT_SMALL_MAX]. */
static inline Obj small_from(intptr_t v) { return ((uintptr_t)v << 1) | 1; }
static inline bool small_fits(intptr_t v) { return v >= RT_SMALL_MIN && v <= RT_SMALL_MAX; }
/* For ROM initialisers: an integer constant expression. */
#define RT_SMALL(v) ((Obj)(((uintptr_t)(intptr_t)(v) << 1) | 1))

/* Pointer <-> Obj. RT_OBJ works in static initialisers: (Obj)&rom_object. */
#define RT_OBJ(p) ((Obj)(p))
#define RT_PTR(o) ((void *)(o))

/* ---- the object header ------------------------------------------------ */
typedef struct ObjBase {
    const Type *type;
} ObjBase;

/* ---- strings (UTF-8) -----------------------------------------------------
 * One struct for str and bytes (type_str / type_bytes). ROM strings are
 * emitted by the compiler with the hash precomputed by rt_str_hash()
 * (RT_STR_HASH_LITERAL for literals in C). Interned strings (every name the
 * runtime uses as an attribute, global or keyword name) are unique per text,
 * so they compare by pointer. Heap strings keep their bytes in the same GC
 * block, right after the struct; `data` always points at them (NUL
 * terminated for convenience, the NUL not counted in len). */
typedef struct Str {
    const Type *type;
    uint32_t hash;
    uint32_t len : 28;          /* length in bytes */
    uint32_t is_ascii : 1;      /* all bytes < 0x80: O(1) indexing */
    uint32_t is_interned : 1;
    uint32_t unused_flags : 2;
    const char *data;
} Str;
typedef Str Bytes;

/* The string hash, shared with the compiler: h = sum(b[i] * K**i) mod 2**32
 * over the bytes b. A polynomial whose zero bytes add nothing, so it can be
 * evaluated on a string literal in a constant initialiser. */
#define RT_STR_HASH_MULTIPLIER 0x01000193u
static inline uint32_t rt_str_hash(const void *data, size_t len) {
    const unsigned char *p = (const unsigned char *)data;
    uint32_t h = 0, power = 1;
    for (size_t i = 0; i < len; i++) {
        h += (uint32_t)p[i] * power;
        power *= RT_STR_HASH_MULTIPLIER;
    }
    return h;
}
#define RT_HASH_C_(s, i, p) ((i) < sizeof(s) - 1 ? (uint32_t)(unsigned char)(s)[(i) < sizeof(s) - 1 ? (i) : 0] * (p) : 0u)
/* rt_str_hash of a string literal of at most 32 bytes, as a constant. */
#define RT_STR_HASH_LITERAL(s) ((uint32_t)( \
    RT_HASH_C_(s, 0, 0x00000001u) + RT_HASH_C_(s, 1, 0x01000193u) + \
    RT_HASH_C_(s, 2, 0x26027a69u) + RT_HASH_C_(s, 3, 0x3ee6b34bu) + \
    RT_HASH_C_(s, 4, 0x502c3f11u) + RT_HASH_C_(s, 5, 0x46a747c3u) + \
    RT_HASH_C_(s, 6, 0xfc55f7f9u) + RT_HASH_C_(s, 7, 0x34555cfbu) + \
    RT_HASH_C_(s, 8, 0x5d615f21u) + RT_HASH_C_(s, 9, 0x2148c0f3u) + \
    RT_HASH_C_(s, 10, 0x5887be89u) + RT_HASH_C_(s, 11, 0xe6b0f1abu) + \
    RT_HASH_C_(s, 12, 0xd38c7031u) + RT_HASH_C_(s, 13, 0x37149d23u) + \
    RT_HASH_C_(s, 14, 0xd8735e19u) + RT_HASH_C_(s, 15, 0xd69d215bu) + \
    RT_HASH_C_(s, 16, 0x345b8241u) + RT_HASH_C_(s, 17, 0xad0e0c53u) + \
    RT_HASH_C_(s, 18, 0xc01d66a9u) + RT_HASH_C_(s, 19, 0x17489c0bu) + \
    RT_HASH_C_(s, 20, 0xb24da551u) + RT_HASH_C_(s, 21, 0x013b3e83u) + \
    RT_HASH_C_(s, 22, 0x73436839u) + RT_HASH_C_(s, 23, 0xac1d11bbu) + \
    RT_HASH_C_(s, 24, 0xacc2e961u) + RT_HASH_C_(s, 25, 0x57d563b3u) + \
    RT_HASH_C_(s, 26, 0xf7ebf2c9u) + RT_HASH_C_(s, 27, 0x116f326bu) + \
    RT_HASH_C_(s, 28, 0xdd0c5e71u) + RT_HASH_C_(s, 29, 0x6b78abe3u) + \
    RT_HASH_C_(s, 30, 0x11f69659u) + RT_HASH_C_(s, 31, 0xa02eae1bu)))

/* A ROM str from a literal (ASCII only; interned when `interned` is 1). */
#define RT_ROM_STR(lit, interned) \
    { &type_str, RT_STR_HASH_LITERAL(lit), sizeof(lit) - 1, 1, interned, 0, lit }

/* ---- the runtime's interned names (names.def) -------------------------
 * One ROM Str per name, `rt_name_<id>`, each its own object so that a
 * firmware link keeps only the names something refers to. Interning must
 * find every linked name: boards build with RT_NAMES_GATHERED_BY_LINKER
 * (each name in a section `.rodata.rt_name.<id>`, which hal/common/
 * sections.ld gathers between __rt_names_start and __rt_names_end, after
 * --gc-sections dropped the unused ones); the host keeps a table of all. */
#define NAME(id) extern const Str rt_name_##id;
#define NAME_STR(id, text) extern const Str rt_name_##id;
#include "names.def"
#undef NAME
#undef NAME_STR
#define NAME(id) RT_OBJ(&rt_name_##id)
#ifndef RT_NAMES_GATHERED_BY_LINKER
extern const Str *const rt_names_all[];
extern const size_t rt_names_all_count;
#endif

/* ---- operators (ops.def) ------------------------------------------------ */
typedef enum {
#define UNARY_OP(e, sym, d) RT_UNARY_##e,
#include "ops.def"
#undef UNARY_OP
    RT_UNARY_COUNT
} UnaryOp;

typedef enum {
#define COMPARE_OP(e, sym, d, r) RT_BINOP_##e,
#define BINARY_OP(e, sym, d, r, i) RT_BINOP_##e,
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
#define BINARY_OP(e, sym, d, r, i) RT_BINOP_INPLACE_##e,
#include "ops.def"
#undef BINARY_OP
    RT_BINOP_COUNT
} BinaryOp;
/* Operand-order protocol of the binary_op slot: the dispatcher calls the
 * lhs type's slot with (op, lhs, rhs). When it returns NotImplemented and
 * the rhs type differs: for comparisons it calls the rhs type's slot with
 * the reflected comparison and swapped operands (a < b -> b > a); for
 * arithmetic it calls the rhs type's slot with (op | RT_BINOP_REVERSE, lhs,
 * rhs), operands in source order (so b.__radd__(a) for user classes).
 * Slots that do not handle reversed calls just return NotImplemented. */
#define RT_BINOP_REVERSE 0x40
#define RT_BINOP_FIRST_ARITH RT_BINOP_OR
#define RT_BINOP_FIRST_INPLACE RT_BINOP_INPLACE_OR
#define RT_BINOP_IS_INPLACE(op) ((op) >= RT_BINOP_FIRST_INPLACE)
/* The non-in-place operator of an in-place one (identity otherwise). */
#define RT_BINOP_BASE(op) (RT_BINOP_IS_INPLACE(op) ? (BinaryOp)((op) - RT_BINOP_FIRST_INPLACE + RT_BINOP_FIRST_ARITH) : (op))

/* ---- printing streams --------------------------------------------------- */
typedef struct Stream Stream;
struct Stream {
    /* Writes len bytes; returns 0, or -1 with an exception pending. */
    int (*write)(Stream *s, const char *data, size_t len);
    void *ctx;
};
typedef enum { RT_PRINT_STR, RT_PRINT_REPR } PrintKind;

/* ---- type slots ------------------------------------------------------------
 * Every slot may be NULL (operation unsupported). Conventions:
 *  - Obj results: 0 = raised (exception pending).
 *  - RT_NOT_IMPLEMENTED (the NotImplemented singleton) from unary_op /
 *    binary_op: "not supported for these operands", the dispatcher then tries
 *    the reflected operand and finally raises the MicroPython TypeError.
 *  - attr and subscr do load, store and delete: value == 0 loads,
 *    value == RT_DELETE deletes, anything else stores. A store/delete
 *    returns RT_NONE on success.
 *  - attr returns RT_NO_ATTR when it does not handle the name: the generic
 *    lookup (instance dict, class MRO, descriptors) continues.
 *  - iternext returns RT_STOP when exhausted (no exception allocated).
 */
typedef Obj (*MakeNewFn)(const Type *type, size_t n_args, size_t n_kw, const Obj *args);
typedef int (*PrintFn)(Stream *s, Obj self, PrintKind kind);
typedef Obj (*UnaryOpFn)(UnaryOp op, Obj self);
typedef Obj (*BinaryOpFn)(BinaryOp op, Obj lhs, Obj rhs);
typedef Obj (*AttrFn)(Obj self, Obj name, Obj value);
typedef Obj (*SubscrFn)(Obj self, Obj index, Obj value);
typedef Obj (*CallFn)(Obj self, size_t n_args, size_t n_kw, const Obj *args);
typedef Obj (*GetIterFn)(Obj self);
typedef Obj (*IterNextFn)(Obj self);

/* Buffer protocol (bytes, bytearray, memoryview, array). */
typedef struct BufferInfo {
    void *buf;
    size_t len;        /* bytes */
    char typecode;     /* struct-module code, 'B' for plain bytes */
} BufferInfo;
enum { RT_BUFFER_READ = 1, RT_BUFFER_WRITE = 2 };
/* 0 on success; -1 when unsupported (no exception raised). */
typedef int (*BufferFn)(Obj self, BufferInfo *info, int flags);

/* A (name, value) pair of a ROM attribute table. */
typedef struct AttrEntry {
    Obj name;    /* interned Str */
    Obj value;
} AttrEntry;

enum TypeFlags {
    RT_TYPE_HEAP = 1 << 0,          /* a user class built at run time */
    RT_TYPE_BASE_OK = 1 << 1,       /* user classes may derive from it */
    RT_TYPE_BINDS_SELF = 1 << 2,    /* found on a class, it binds as a method */
    RT_TYPE_EXCEPTION = 1 << 3,     /* BaseException or a subclass */
    RT_TYPE_HAS_DESCRIPTORS = 1 << 4, /* heap class: __get__/__set__/property seen in its MRO */
    RT_TYPE_EQ_BY_IDENTITY = 1 << 5, /* == is `is` (no __eq__ anywhere): fast paths */
    /* The type is str / int / tuple or a user class deriving from it; user
     * classes inherit these (and EXCEPTION) from their layout base. */
    RT_TYPE_STR_LIKE = 1 << 6,      /* Str layout (+ instance dict in subclasses) */
    RT_TYPE_INT_LIKE = 1 << 7,      /* subclass instances are a BoxedInt */
    RT_TYPE_TUPLE_LIKE = 1 << 8,    /* subclass instances keep their dict after the items */
    /* exactly list (not inherited): iteration reads the items directly
     * without referring to type_list, which a firmware links only with
     * the code that makes lists */
    RT_TYPE_LIST = 1 << 9,
};
#define RT_TYPE_INHERITED_FLAGS (RT_TYPE_EXCEPTION | RT_TYPE_STR_LIKE | RT_TYPE_INT_LIKE | RT_TYPE_TUPLE_LIKE)

/* A type object. Builtin types are const ROM objects; user classes are heap
 * Type objects created by rt_build_class. */
struct Type {
    const Type *type;           /* &type_type */
    Obj name;                   /* interned Str */
    uint16_t flags;             /* enum TypeFlags */
    uint16_t instance_size;     /* bytes of one instance (rt_alloc_instance) */
    uint16_t dict_offset;       /* byte offset of the instance-dict Obj; 0: no dict */
    uint16_t n_attrs;           /* entries in attrs */
    const Type *base;           /* primary base (layout); NULL only for object */
    const AttrEntry *attrs;     /* ROM types: methods, class attributes */
    Obj dict;                   /* heap classes: the class namespace (a dict) */
    Obj bases;                  /* heap classes: tuple of the direct bases */
    Obj mro;                    /* heap classes: tuple, C3 linearisation, self first */
    MakeNewFn make_new;         /* type(...) */
    PrintFn print;
    UnaryOpFn unary_op;
    BinaryOpFn binary_op;
    AttrFn attr;
    SubscrFn subscr;
    CallFn call;                /* instance(...) */
    GetIterFn getiter;
    IterNextFn iternext;
    BufferFn buffer;
    const void *protocol;       /* type-specific extras (e.g. stream methods) */
};

/* ---- singletons and sentinels ------------------------------------------ */
extern const ObjBase rt_none_obj, rt_ellipsis_obj, rt_not_implemented_obj;
typedef struct BoolObj { const Type *type; intptr_t value; } BoolObj;
/* An instance of a user subclass of int: the int value (small or BigInt),
 * then the instance dict at the type's dict_offset. */
typedef struct BoxedInt { const Type *type; Obj value; } BoxedInt;
extern const BoolObj rt_true_obj, rt_false_obj;
/* Internal markers, never visible to Python code. */
extern const ObjBase rt_delete_marker, rt_no_attr_marker, rt_stop_marker;
#define RT_NONE RT_OBJ(&rt_none_obj)
#define RT_TRUE RT_OBJ(&rt_true_obj)
#define RT_FALSE RT_OBJ(&rt_false_obj)
#define RT_ELLIPSIS RT_OBJ(&rt_ellipsis_obj)
#define RT_NOT_IMPLEMENTED RT_OBJ(&rt_not_implemented_obj)
#define RT_DELETE RT_OBJ(&rt_delete_marker)
#define RT_NO_ATTR RT_OBJ(&rt_no_attr_marker)
#define RT_STOP RT_OBJ(&rt_stop_marker)
static inline Obj rt_bool(bool b) { return b ? RT_TRUE : RT_FALSE; }

/* ---- builtin types -------------------------------------------------------- */
extern const Type type_object, type_type, type_none, type_bool, type_int,
    type_float, type_complex, type_str, type_bytes, type_tuple, type_dict,
    type_module, type_function, type_closure, type_builtin_function,
    type_builtin_method, type_bound_method, type_cell, type_property,
    type_staticmethod, type_classmethod, type_super, type_ellipsis,
    type_not_implemented, type_marker;
/* Written by the data-types engineer: */
extern const Type type_list, type_bytearray, type_memoryview, type_set,
    type_frozenset, type_range, type_slice;

/* Exceptions (exceptions.c). */
#define RT_EXCEPTION_TYPES(X) \
    X(BaseException) X(Exception) X(ArithmeticError) X(AssertionError) \
    X(AttributeError) X(EOFError) X(GeneratorExit) X(ImportError) \
    X(IndentationError) X(IndexError) X(KeyError) X(KeyboardInterrupt) \
    X(LookupError) X(MemoryError) X(NameError) X(NotImplementedError) \
    X(OSError) X(OverflowError) X(RuntimeError) X(StopIteration) \
    X(StopAsyncIteration) X(SyntaxError) X(SystemExit) X(TypeError) \
    X(UnicodeError) X(ValueError) X(ZeroDivisionError)
#define RT_DECLARE_EXC_TYPE(n) extern const Type type_##n;
RT_EXCEPTION_TYPES(RT_DECLARE_EXC_TYPE)
#undef RT_DECLARE_EXC_TYPE

/* type_of: two cases, small int or object header. */
static inline const Type *type_of(Obj o) {
    return obj_is_small(o) ? &type_int : ((const ObjBase *)o)->type;
}
static inline bool obj_is_type(Obj o, const Type *t) { return !obj_is_small(o) && ((const ObjBase *)o)->type == t; }
/* A str or an instance of a str subclass (same layout). */
static inline bool obj_is_str(Obj o) {
    return !obj_is_small(o) && (((const ObjBase *)o)->type == &type_str || (((const ObjBase *)o)->type->flags & RT_TYPE_STR_LIKE));
}
static inline bool obj_is_int(Obj o) { return obj_is_small(o) || ((const ObjBase *)o)->type == &type_int; }
static inline bool obj_is_float(Obj o) { return obj_is_type(o, &type_float); }
/* For places that take an int: an int-subclass instance gives its value;
 * any other object is returned unchanged. */
static inline Obj rt_int_unbox(Obj o) {
    if (obj_is_small(o))
        return o;
    const Type *t = ((const ObjBase *)o)->type;
    return t != &type_int && (t->flags & RT_TYPE_INT_LIKE) ? ((const BoxedInt *)o)->value : o;
}

/* ---- object layouts ----------------------------------------------------- */

/* A bigint (only for values outside the small-int range). Magnitude in
 * 16-bit digits, least significant first, in the same GC block. */
typedef uint16_t BigDigit;
typedef struct BigInt {
    const Type *type;           /* &type_int */
    uint32_t len;               /* digits in use (no leading zero digits) */
    uint32_t negative;
    BigDigit digits[];
} BigInt;

typedef struct Float {
    const Type *type;
    mp_float value;
} Float;

typedef struct Complex {
    const Type *type;
    mp_float real, imag;
} Complex;

/* Tuples hold their items inline. ROM tuples: the compiler declares a
 * struct of the same shape with a fixed item count. */
typedef struct Tuple {
    const Type *type;
    size_t len;
    Obj items[];
} Tuple;

/* Lists keep items out of line so the object never moves as it grows. */
typedef struct List {
    const Type *type;
    size_t len, alloc;
    Obj *items;
} List;

/* Dicts: insertion-ordered entries plus, above 8 entries, an open-addressing
 * index of entry positions stored after the entries in the same GC block.
 * A deleted entry has key 0. `fixed`: ROM dict, read-only. Used for
 * namespaces, instance dicts and kwargs; the data-types engineer adds
 * methods and views on top (dict.c). */
typedef struct DictEntry {
    Obj key, value;
} DictEntry;
typedef struct Dict {
    const Type *type;
    uint32_t used;              /* live entries */
    uint32_t filled;            /* entries written, live or deleted */
    uint32_t alloc;             /* entry capacity */
    uint32_t fixed : 1;
    uint32_t index_bits : 5;    /* index has 1 << index_bits slots; 0: none */
    uint32_t is_globals : 1;    /* a module's globals: new keys bump rt_globals_epoch */
    uint32_t is_class : 1;      /* a class namespace: new keys bump rt_types_epoch */
    DictEntry *entries;
} Dict;

/* Exceptions. User subclasses append their instance dict after this. */
typedef struct TracebackEntry {
    const char *file;           /* C strings (ROM) */
    const char *function;
    uint32_t line;
} TracebackEntry;
typedef struct Exception {
    const Type *type;
    Obj args;                   /* a tuple */
    TracebackEntry *traceback;  /* GC block, or NULL */
    uint16_t traceback_len, traceback_alloc;
    Obj cause;                  /* `raise X from Y`, or 0 */
    Obj context;                /* exception being handled when raised, or 0 */
} Exception;

/* A user-class instance whose bases are all plain classes: the type and
 * the attribute dict. Instances of subclasses of builtin types start with
 * the builtin layout and keep the dict at type->dict_offset. */
typedef struct Instance {
    const Type *type;
    Obj dict;
} Instance;

/* Compiled Python functions. The compiler emits one CodeInfo per function
 * (ROM) and a C function with the entry signature below. The binder
 * (rt_bind_args) fills `params` in this order: positional parameters
 * (positional-only ones first), keyword-only parameters, then the *args
 * tuple and the **kwargs dict when present. */
struct Function;
typedef Obj (*FunctionEntry)(const struct Function *self, Obj *params);
enum CodeFlags {
    RT_CODE_VARARGS = 1 << 0,   /* has *args */
    RT_CODE_VARKW = 1 << 1,     /* has **kwargs */
    RT_CODE_GENERATOR = 1 << 2,
    RT_CODE_METHOD_BINDS = 1 << 3, /* reserved */
};
typedef struct CodeInfo {
    Obj name;                   /* interned Str */
    Obj qualname;               /* Str, or 0 (then name) */
    const Obj *param_names;     /* interned Strs, in params order, incl. the star-args and star-star-kwargs names */
    uint8_t n_posonly;          /* positional-only parameters */
    uint8_t n_pos;              /* all positional parameters (incl. posonly) */
    uint8_t n_kwonly;
    uint8_t flags;              /* enum CodeFlags */
    FunctionEntry entry;
    const char *file;           /* for tracebacks; may be NULL */
} CodeInfo;

typedef struct Function {
    const Type *type;           /* &type_function */
    const CodeInfo *code;
    Obj module;                 /* the defining module (its globals), or 0 */
    Obj defaults;               /* tuple of defaults for the last positional params, or 0 */
    Obj kwdefaults;             /* dict of keyword-only defaults, or 0 */
    Obj closure;                /* tuple of cells, or 0 */
} Function;

typedef struct Cell {
    const Type *type;           /* &type_cell */
    Obj value;                  /* 0: empty */
} Cell;

/* C functions. The kind selects the signature; for RT_FN_VAR and RT_FN_KW
 * n_min/n_max bound the positional count (checked before the call). */
typedef enum {
    RT_FN_0, RT_FN_1, RT_FN_2, RT_FN_3,
    RT_FN_VAR,                  /* Obj f(size_t n, const Obj *args) */
    RT_FN_KW,                   /* Obj f(size_t n_args, size_t n_kw, const Obj *args) */
} BuiltinKind;
typedef struct BuiltinFunction {
    const Type *type;           /* type_builtin_function, or type_builtin_method in a type's attrs */
    uint8_t kind;
    uint8_t n_min, n_max;
    union {
        Obj (*f0)(void);
        Obj (*f1)(Obj);
        Obj (*f2)(Obj, Obj);
        Obj (*f3)(Obj, Obj, Obj);
        Obj (*var)(size_t n, const Obj *args);
        Obj (*kw)(size_t n_args, size_t n_kw, const Obj *args);
    } fn;
} BuiltinFunction;

/* Defining ROM functions: `RT_FN1(builtin_len_obj, builtin_len);` then
 * RT_OBJ(&builtin_len_obj). Use the _METHOD variants in a type's attrs (the
 * function then binds self when loaded from an instance). */
#define RT_FN0(id, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_0, 0, 0, { .f0 = f } }
#define RT_FN1(id, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_1, 1, 1, { .f1 = f } }
#define RT_FN2(id, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_2, 2, 2, { .f2 = f } }
#define RT_FN3(id, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_3, 3, 3, { .f3 = f } }
#define RT_FN_VAR(id, lo, hi, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_VAR, lo, hi, { .var = f } }
#define RT_FN_KW(id, lo, hi, f) const BuiltinFunction id = { &type_builtin_function, RT_FN_KW, lo, hi, { .kw = f } }
#define RT_METHOD1(id, f) const BuiltinFunction id = { &type_builtin_method, RT_FN_1, 1, 1, { .f1 = f } }
#define RT_METHOD2(id, f) const BuiltinFunction id = { &type_builtin_method, RT_FN_2, 2, 2, { .f2 = f } }
#define RT_METHOD3(id, f) const BuiltinFunction id = { &type_builtin_method, RT_FN_3, 3, 3, { .f3 = f } }
#define RT_METHOD_VAR(id, lo, hi, f) const BuiltinFunction id = { &type_builtin_method, RT_FN_VAR, lo, hi, { .var = f } }
#define RT_METHOD_KW(id, lo, hi, f) const BuiltinFunction id = { &type_builtin_method, RT_FN_KW, lo, hi, { .kw = f } }
#define RT_MAX_ARGS 255

typedef struct BoundMethod {
    const Type *type;
    Obj self;
    Obj func;
} BoundMethod;

/* staticmethod / classmethod wrap one callable; property holds three. */
typedef struct Wrapper {
    const Type *type;
    Obj func;
} Wrapper;
typedef struct Property {
    const Type *type;
    Obj fget, fset, fdel;
} Property;

typedef struct Super {
    const Type *type;
    const Type *cls;            /* lookup starts after cls in obj's MRO */
    Obj obj;
} Super;

/* Modules. Compiled modules have a heap globals dict; builtin modules
 * (sys, gc, ...) are ROM objects with an attribute table. */
typedef struct Module {
    const Type *type;           /* &type_module */
    Obj name;                   /* interned Str */
    Obj globals;                /* dict, or 0 for ROM modules */
    const AttrEntry *attrs;     /* ROM modules */
    size_t n_attrs;
} Module;

#endif
