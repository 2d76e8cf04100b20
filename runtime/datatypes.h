/* The data types' shared API: layouts of the objects obj.h leaves to them
 * (slice, range, bytearray, memoryview, set, iterators), index and slice
 * helpers, and the entry points the compiler and the core call. Error
 * convention as in rt.h (0 / -1 with an exception pending). */
#ifndef MPYC_DATATYPES_H
#define MPYC_DATATYPES_H

#include "rt_internal.h"
#include "methods.h"

/* The GC honours only pointers to the start of an object, and a str keeps
 * its text inside its own block: code holding rt_str_data(s) across an
 * allocation calls rt_keep_alive(s) after the last use of the text. */
static inline void rt_keep_alive(Obj o) { __asm__ volatile("" : : "g"(o) : "memory"); }

/* ---- slices (slice.c) ---------------------------------------------------- */
typedef struct Slice {
    const Type *type;
    Obj start, stop, step;      /* RT_NONE when omitted */
} Slice;
Obj rt_slice_new(Obj start, Obj stop, Obj step);
static inline bool obj_is_slice(Obj o) { return obj_is_type(o, &type_slice); }
/* The items a slice selects from a sequence of `len` items: the first
 * index, the step and the count (as slice.indices() plus a length). */
typedef struct SliceSpan {
    intptr_t start, step;
    size_t count;
} SliceSpan;
int rt_slice_span(Obj slice, size_t len, SliceSpan *out);

/* An integer index of a sequence of `len` items: negative counts from the
 * end; IndexError "<what> index out of range" when outside, TypeError
 * "<what> indices must be integers, not X" for non-ints. */
int rt_seq_index(Obj index, size_t len, const char *what, size_t *out);
/* A C integer from an int or bool (TypeError otherwise). */
int rt_small_arg(Obj o, intptr_t *out);
/* Optional start/end arguments (None allowed) clamped to [0, len]. */
void rt_clamp_range(intptr_t *start, intptr_t *end, size_t len);
int rt_range_args(size_t n, const Obj *args, size_t len, intptr_t *start, intptr_t *end);
/* memmove: overlapping copies inside one buffer. */
void rt_memmove(void *dst, const void *src, size_t n);

/* Unpacking for assignments (MicroPython's messages): exactly n items;
 * or n_before, a list of the rest, n_after. 0 / -1. */
int rt_unpack(Obj seq, size_t n, Obj *out);
int rt_unpack_star(Obj seq, size_t n_before, size_t n_after, Obj *out);
/* The concatenation of n strs (f-strings). */
Obj rt_str_concat(size_t n, const Obj *parts);

/* A subclass instance whose class defines __init__ starts empty: its
 * constructor arguments belong to __init__ (list, dict, set, bytearray). */
bool rt_subclass_inits_itself(const Type *type, const Type *base);

/* ---- lists (list.c) ------------------------------------------------------- */
static inline bool obj_is_list(Obj o) { return !obj_is_small(o) && rt_is_subclass(type_of(o), &type_list); }
Obj rt_list_from_iterable(Obj iterable);
int rt_list_extend(Obj list, Obj iterable);
Obj rt_list_pop(Obj list, intptr_t index);
/* Stable merge sort of items (key: callable or 0; reverse keeps
 * stability). 0 / -1. */
int rt_sort_items(Obj *items, size_t n, Obj key, bool reverse);
/* key= and reverse= keywords of sort / sorted (kw: n_kw name/value pairs). */
int rt_sort_keywords(size_t n_kw, const Obj *kw, Obj *key, bool *reverse);
/* tuple/list count() and index(x[, start[, end]]) (args[0] is self). */
Obj rt_items_count(const Obj *items, size_t n, Obj x);
Obj rt_items_index(const Obj *items, size_t len, size_t n_args, const Obj *args);
/* The items of a list or tuple without copying, else of a new list made
 * from any iterable. 0 / -1. */
int rt_seq_items(Obj iterable, Obj **items, size_t *len);

/* ---- tuples (tuple.c) ------------------------------------------------------ */
Obj rt_tuple_from_iterable(Obj iterable);
Obj rt_tuple_unary_op(UnaryOp op, Obj self);  /* tuple_core.c */
Obj rt_tuple_binary_op(BinaryOp op, Obj lhs, Obj rhs);
Obj rt_tuple_getiter(Obj self);
Obj rt_tuple_repeat(Obj tuple, Obj count);
Obj rt_tuple_subscr(Obj self, Obj index, Obj value);
Obj rt_tuple_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args);
extern const AttrEntry rt_tuple_attrs[];

/* ---- str (str.c, str_format.c) --------------------------------------------- */
/* What the str/bytes code treats as "the same type": str subclasses count as str. */
static inline const Type *rt_str_kind(Obj o) { return obj_is_str(o) ? &type_str : type_of(o); }
Obj rt_str_subscr(Obj self, Obj index, Obj value);
Obj rt_str_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args);
Obj rt_str_full_binary_op(BinaryOp op, Obj lhs, Obj rhs);
Obj rt_str_unary_op(UnaryOp op, Obj self);
Obj rt_str_binary_op(BinaryOp op, Obj lhs, Obj rhs);
Obj rt_str_getiter(Obj self);
/* bytes methods defined in bytes.c (listed in str.c's table for bytes). */
extern const BuiltinFunction rt_bytes_decode_obj, rt_bytes_hex_obj, rt_bytes_fromhex_obj;
/* Number of code points in UTF-8 data. */
size_t rt_utf8_count(const char *data, size_t len);
/* Byte offset of code point i (i <= count). */
size_t rt_utf8_offset(const char *data, size_t len, size_t i);
/* Encodes code point c (< 0x110000); returns the byte count (1..4). */
size_t rt_utf8_encode(uint32_t c, char *out);
/* A str or bytes (same type as `like`) made from data. */
Obj rt_str_like_new(Obj like, const char *data, size_t len);
/* format(value, spec) and f-string {value:spec}. */
Obj rt_format(Obj value, Obj spec);
/* str.format(*args, **kwargs) with args[0] the format string. */
Obj rt_str_format_method(size_t n_args, size_t n_kw, const Obj *args);
/* fmt % args for str and bytes. */
Obj rt_str_modulo(Obj fmt, Obj args);

/* ---- bytes, bytearray, memoryview (bytes.c, bytearray.c, memoryview.c) --- */
typedef struct ByteArray {
    const Type *type;
    size_t len, alloc;
    uint8_t *data;              /* GC block (NULL when alloc == 0) */
} ByteArray;
typedef struct MemoryView {
    const Type *type;
    Obj owner;                  /* the object whose buffer is viewed */
    size_t start, len;          /* in items */
    char typecode;
    bool readonly;
} MemoryView;
static inline bool obj_is_bytes(Obj o) { return obj_is_type(o, &type_bytes); }
/* The bytes of any buffer object (bytes, bytearray, memoryview, ...);
 * -1 with TypeError "object with buffer protocol required" otherwise. */
int rt_get_buffer(Obj o, BufferInfo *info, int flags);
Obj rt_bytearray_new(const void *data, size_t len);
int rt_bytearray_resize(Obj ba, size_t len);
/* The bytes of an int count / iterable of ints / buffer / str+encoding. */
Obj rt_bytes_from_args(const Type *type, size_t n_args, const Obj *args);
/* Byte-level methods shared by bytes and bytearray (hex, decode, ...). */
Obj rt_bytes_hex(size_t n, const Obj *args);
Obj rt_bytes_decode(size_t n, const Obj *args);
/* Appends the bytes of an iterable of ints (0..255) to b. */
int rt_bytes_from_iterable(StrBuf *b, Obj iterable);
int rt_bytes_print(Stream *s, const uint8_t *data, size_t len);

/* ---- dicts (dict_methods.c, dict_views.c) ------------------------------------ */
Obj rt_dict_getiter(Obj self);
Obj rt_dict_update(Obj dict, size_t n_args, size_t n_kw, const Obj *args);
typedef enum { RT_DICT_VIEW_KEYS, RT_DICT_VIEW_VALUES, RT_DICT_VIEW_ITEMS } DictViewKind;
Obj rt_dict_view_new(Obj dict, DictViewKind kind);
extern const Type rt_type_dict_keys, rt_type_dict_values, rt_type_dict_items;
Obj rt_dict_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args);
/* d | other, d |= other */
Obj rt_dict_merge_op(BinaryOp op, Obj lhs, Obj rhs);

/* ---- sets (set.c) -------------------------------------------------------------- */
typedef struct Set {
    const Type *type;
    Obj dict;                   /* the items are the keys of a dict (values RT_NONE) */
} Set;
static inline bool obj_is_set_like(Obj o) {
    return !obj_is_small(o) && (rt_is_subclass(type_of(o), &type_set) || rt_is_subclass(type_of(o), &type_frozenset));
}
Obj rt_set_new(const Type *type);
int rt_set_add(Obj set, Obj item);
/* Adds every item of any iterable (0, or -1 when raised). */
int rt_set_update(Obj set, Obj iterable);
/* 1 / 0 / -1 */
int rt_set_contains(Obj set, Obj item);

/* ---- ranges (range.c) ------------------------------------------------------ */
typedef struct Range {
    const Type *type;
    intptr_t start, stop, step;
} Range;
Obj rt_range_new(intptr_t start, intptr_t stop, intptr_t step);
size_t rt_range_len(const Range *r);

/* ---- iterators (iterators.c) ----------------------------------------------- */
/* An iterator over any object with len and integer subscripts. */
Obj rt_seq_iter_new(Obj seq);
/* iter() of an object that only has __getitem__: items 0, 1, ... until
 * IndexError. */
Obj rt_getitem_iter_new(Obj seq);
extern const Type type_seq_iter, type_enumerate, type_zip, type_map, type_filter, type_reversed;

/* ---- builtins (builtins_data.c) ---------------------------------------------- */
/* ---- format specs (str_format.c; float presentation in float.c) ------------ */
typedef struct FormatSpec {
    uint32_t fill;              /* code point */
    char align;                 /* '<' '>' '^' '=' or 0 */
    char sign;                  /* '+' '-' ' ' or 0 */
    char grouping;              /* ',' '_' or 0 */
    char type;                  /* 0 when absent */
    bool alternate;             /* '#' */
    bool zero;                  /* '0' before the width */
    intptr_t width;             /* -1: none */
    intptr_t precision;         /* -1: none */
} FormatSpec;
/* Writes a number's sign, prefix and digits (or a float's text: group_every
 * 0) padded and grouped as the spec says. */
int rt_format_number(Stream *out, const FormatSpec *f, bool negative, const char *prefix_text,
                     const char *digits, size_t n, size_t group_every);
/* A float under a spec with a float presentation type (or none). */
int rt_float_format_spec(Stream *out, const FormatSpec *f, mp_float v);

/* dir() of a scope: its dict's keys, sorted. */
Obj rt_dir_names(Obj dict);

#endif
