/* The mpyc runtime API: what compiled code and the runtime's own files call.
 * See obj.h for the value model and README.md for an overview.
 *
 * Error convention (everywhere in this header):
 *   - functions returning Obj return 0 when they raised; the exception is
 *     pending in the runtime state. Compiled code: `if (!v) goto error;`.
 *   - functions returning int return -1 when they raised (>= 0 otherwise).
 *   - rt_raise* functions set the pending exception and return 0, so
 *     `return rt_raise_msg(&type_TypeError, "...");` works in Obj functions.
 * No setjmp/longjmp anywhere. */
#ifndef MPYC_RT_H
#define MPYC_RT_H

#include "obj.h"

/* ==== startup and shutdown ================================================ */

/* Sets up the heap (heap_size bytes taken from the start of the region the
 * HAL reports; 0 = all of it), the stack base for the conservative scan
 * (the caller's frame: call rt_init from main), and the builtin modules. */
void rt_init(size_t heap_size);
/* Runs a compiled main module: imports it as __main__, prints an uncaught
 * exception (traceback format of MicroPython) and returns the process exit
 * status: 0, 1 after an uncaught exception, or SystemExit's code. */
int rt_run_main(Obj module_name);
/* Flushes output; no further runtime calls allowed. */
void rt_deinit(void);

/* ==== memory (gc.c) ======================================================== */

/* Allocates n bytes (zeroed) in the GC heap. On failure: collects, retries,
 * then raises MemoryError and returns NULL. */
void *rt_alloc(size_t n);
/* Allocation that does not raise (NULL when out of memory). */
void *rt_alloc_quiet(size_t n);
/* Grows or shrinks a block (contents kept, new bytes zeroed). NULL: raised. */
void *rt_realloc(void *p, size_t n);
/* Returns a block early (optional; the GC finds garbage itself). */
void rt_free(void *p);
/* A new object of `type` with instance_size bytes (at least the header),
 * type field set, dict created when dict_offset is set. 0: raised. */
Obj rt_alloc_instance(const Type *type);
/* A new object of `size` bytes whose first word is `type`. */
void *rt_alloc_obj(const Type *type, size_t size);

void rt_gc_collect(void);
void rt_gc_enable(bool on);
bool rt_gc_is_enabled(void);
size_t rt_gc_mem_free(void);
size_t rt_gc_mem_alloc(void);
/* Collect after this many bytes were allocated since the last collection
 * (-1: only when the heap is full). */
void rt_gc_set_threshold(intptr_t bytes);
intptr_t rt_gc_threshold(void);
/* micropython.heap_lock(): allocation raises MemoryError while locked
 * (nests; returns the new depth). */
int rt_gc_heap_lock(void);
int rt_gc_heap_unlock(void);
bool rt_gc_heap_is_locked(void);
/* Extra root ranges (module globals tables, caches): the words in
 * [start, start + n_words) are scanned at every collection. */
void rt_gc_add_root(Obj *start, size_t n_words);
/* True when p points at the head of a live heap block. */
bool rt_gc_is_heap_block(const void *p);
/* Statistics printed by micropython.mem_info(). */
typedef struct GcInfo {
    size_t total, used, free, max_free_block, blocks_1, blocks_2, max_block;
} GcInfo;
void rt_gc_info(GcInfo *info);

/* ==== exceptions (exceptions.c, traceback.c) ============================== */

/* Pending exception: 0 when none. */
Obj rt_exc_pending(void);
/* Takes the pending exception (clears it). Compiled `except` blocks use it. */
Obj rt_exc_take(void);
void rt_exc_clear(void);
/* Sets the pending exception. exc: an exception instance, or an exception
 * class (instantiated with no arguments). Non-exceptions raise TypeError
 * ("exceptions must derive from BaseException"). Always returns 0. */
Obj rt_raise(Obj exc);
/* raise exc from cause (cause may be RT_NONE). */
Obj rt_raise_from(Obj exc, Obj cause);
/* Raises type(msg) where msg is a C string (kept as a ROM str if it is a
 * literal: the pointer must stay valid). */
Obj rt_raise_msg(const Type *type, const char *msg);
/* printf-like: %s (C string), %d (int), %ld (long), %zu (size_t),
 * %q (interned name Obj), %T (type name of an Obj), %r / %S (repr / str of
 * an Obj), %c, %%. */
Obj rt_raise_fmt(const Type *type, const char *fmt, ...);
Obj rt_raise_type_error(const char *msg);
Obj rt_raise_value_error(const char *msg);
/* MemoryError, without allocating (a static object with room for the
 * innermost RT_MEMORY_ERROR_TRACEBACK traceback entries). */
Obj rt_raise_memory_error(void);
/* The same after an allocation of n bytes failed: it prints as
 * "memory allocation failed, allocating n bytes" (or "..., heap is locked"). */
Obj rt_raise_memory_error_alloc(size_t n);
enum { RT_MEMORY_ERROR_TRACEBACK = 8 };
/* OSError(errno). */
Obj rt_raise_os_error(int errnum);
/* StopIteration(value) (value RT_NONE: plain StopIteration). */
Obj rt_raise_stop_iteration(Obj value);
/* The value a finished iterator's StopIteration carries (a generator's return). */
Obj rt_iter_stop_value(Obj iter);
/* The standard messages. */
Obj rt_raise_name_error(Obj name);            /* name 'x' isn't defined */
Obj rt_raise_attr_error(Obj obj, Obj name);   /* 'int' object has no attribute 'x' */
Obj rt_raise_unbound_local(void);             /* local variable referenced before assignment */

/* Creates an exception instance: type(*args). */
Obj rt_exc_new(const Type *type, size_t n_args, const Obj *args);
Obj rt_exc_new_msg(const Type *type, const char *msg);
/* True when exc (instance) matches `match`: an exception class or a tuple
 * of them (isinstance semantics). */
bool rt_exc_matches(Obj exc, Obj match);
/* Type of a pending exception matches (without taking it). */
bool rt_exc_pending_matches(const Type *type);
/* Called by compiled code when an exception leaves a line of a function:
 * appends (file, line, function) to the pending exception's traceback.
 * Never raises (a full heap drops the entry). */
void rt_traceback_add(const char *file, uint32_t line, const char *function);
/* Prints "Traceback (most recent call last):", the entries, and
 * "Type: message" to the stream. */
void rt_print_exception(Stream *s, Obj exc);
/* Exception accessors. */
Obj rt_exc_args(Obj exc);                     /* tuple */
Obj rt_exc_value(Obj exc);                    /* StopIteration.value etc.: args[0] or None */

/* ==== object protocol (object.c) ========================================= */

bool rt_is_subclass(const Type *cls, const Type *base);
/* isinstance / issubclass with a class or a tuple of classes; -1 on error. */
int rt_isinstance(Obj obj, Obj classinfo);
int rt_issubclass(Obj cls, Obj classinfo);
/* Truth value: 1, 0, or -1 (raised). rt_truthy_inline answers the
 * constants and small ints itself (compiled code's fast path) and asks
 * the type (__bool__, __len__) through rt_truthy_object otherwise. */
int rt_truthy(Obj o);
int rt_truthy_object(Obj o);
static inline int rt_truthy_inline(Obj o) {
    if (o == RT_TRUE)
        return 1;
    if (o == RT_FALSE || o == RT_NONE)
        return 0;
    if (obj_is_small(o))
        return small_value(o) != 0;
    return rt_truthy_object(o);
}
/* Unary and binary operators (ops.def); comparisons return bool objects
 * except when user methods return something else. */
Obj rt_unary_op(UnaryOp op, Obj o);
Obj rt_binary_op(BinaryOp op, Obj lhs, Obj rhs);
/* a OP= b: the in-place op when the type has one, else the plain op. */
Obj rt_inplace_op(BinaryOp op, Obj lhs, Obj rhs);
/* not x, x is y, x in y. */
Obj rt_not(Obj o);
Obj rt_contains(Obj container, Obj item);
/* == as C truth: 1, 0, -1 (raised). Identity short-cut first. */
int rt_equal(Obj a, Obj b);
/* hash(o): small int Obj, or 0 (raised: unhashable). */
Obj rt_hash(Obj o);
/* len(o) as a C size, -1 on error. */
intptr_t rt_len(Obj o);
/* len(o) as an Obj. */
Obj rt_len_obj(Obj o);

/* Attributes. */
Obj rt_load_attr(Obj obj, Obj name);
/* Like rt_load_attr but returns `deflt` (no exception) when missing; deflt
 * may be 0 to detect absence without allocating an AttributeError. */
Obj rt_load_attr_default(Obj obj, Obj name, Obj deflt);
int rt_store_attr(Obj obj, Obj name, Obj value);
int rt_delete_attr(Obj obj, Obj name);
/* Method lookup without a bound-method allocation: dest[0] = callable,
 * dest[1] = self (or 0 when the attribute is a plain value / static).
 * Returns 0 (raised) or 1. */
int rt_load_method(Obj obj, Obj name, Obj dest[2]);
/* obj.name(*args) in one go (args: n_args positional then n_kw pairs). */
Obj rt_call_method(Obj obj, Obj name, size_t n_args, size_t n_kw, const Obj *args);
/* f(self, args...): args holds n_args positional values then n_kw (name,
 * value) pairs, as for rt_call. */
Obj rt_call_with_self(Obj f, Obj self, size_t n_args, size_t n_kw, const Obj *args);

/* Attribute site caches of generated code (statics, not GC roots: a cached
 * type is only compared with live objects' types and dereferenced after
 * that matched). Valid while rt_types_epoch is unchanged: it counts classes
 * created and keys added to any class namespace, so "no class attribute
 * of that name" and the class layout facts cached with it still hold.
 * Entry positions are checked by key identity on every use. */
extern uintptr_t rt_types_epoch;
typedef struct RtAttrSite {
    const Type *type;           /* objects of exactly this type, or 0 */
    uintptr_t epoch;
    const Dict *owner;          /* method sites: the class namespace holding it */
    uint32_t index;             /* entry position in the instance dict / owner */
} RtAttrSite;
/* The generic operations, which also fill the site when they can: attribute
 * sites with the instance dict position of an attribute no class in the MRO
 * defines (plain classes without __setattr__ for stores), method sites
 * with the class namespace entry of a function. */
Obj rt_load_attr_site(Obj obj, Obj name, RtAttrSite *site);
int rt_store_attr_site(Obj obj, Obj name, Obj value, RtAttrSite *site);
Obj rt_call_method_site(Obj obj, Obj name, size_t n_args, const Obj *args, RtAttrSite *site);
/* Whether instances of t are plain objects of a user class: attributes in
 * their dict, classes' attributes through the MRO, no native layout or
 * attribute hook. */
bool rt_type_is_plain_class(const Type *t);
/* A special method on the type only (no instance dict), or 0 if absent. */
Obj rt_lookup_special(Obj obj, Obj name);
/* Class attribute lookup along the MRO (no descriptors applied); 0 when
 * missing, no exception. */
Obj rt_type_lookup(const Type *type, Obj name);
/* The instance dict of obj, or 0 when it has none. */
Obj rt_instance_dict(Obj obj);

/* Subscripts. */
Obj rt_subscr_load(Obj obj, Obj index);
int rt_subscr_store(Obj obj, Obj index, Obj value);
int rt_subscr_delete(Obj obj, Obj index);

/* Iteration: rt_getiter(o) then rt_iternext until it returns RT_STOP
 * (0: raised). rt_iternext on an iterator written in Python translates a
 * StopIteration into RT_STOP. */
Obj rt_getiter(Obj o);
Obj rt_iternext(Obj it);
/* Calls fn(ctx, item) for each item of any iterable: 0 when exhausted,
 * -1 when iterating or fn raised (fn returns -1 to stop with its error). */
typedef int (*RtItemFn)(void *ctx, Obj item);
int rt_foreach(Obj iterable, RtItemFn fn, void *ctx);

/* repr / str as Str objects. */
Obj rt_repr(Obj o);
Obj rt_str(Obj o);

/* ==== calls (call.c, function.c) ========================================== */

/* The one calling convention: args holds n_args positional values then n_kw
 * (name, value) pairs (names are interned Strs). */
Obj rt_call(Obj f, size_t n_args, size_t n_kw, const Obj *args);
Obj rt_call0(Obj f);
Obj rt_call1(Obj f, Obj a);
Obj rt_call2(Obj f, Obj a, Obj b);
Obj rt_call3(Obj f, Obj a, Obj b, Obj c);
/* f(*args, **kwargs) style: positional values from `star` (any iterable, or
 * 0) appended after args, keywords from `dstar` (a mapping, or 0). */
Obj rt_call_ex(Obj f, size_t n_args, size_t n_kw, const Obj *args, Obj star, Obj dstar);

/* Compiled functions. defaults: tuple or 0; kwdefaults: dict or 0;
 * closure: tuple of cells or 0. */
Obj rt_function_new(const CodeInfo *code, Obj module, Obj defaults, Obj kwdefaults, Obj closure);
/* The binder: maps a call's (args, keywords) to the parameter array of a
 * compiled function (layout: see CodeInfo), raising MicroPython's
 * TypeErrors for missing / unexpected / duplicate arguments. params has
 * n_pos + n_kwonly (+1 for *args, +1 for **kwargs) slots. 0 / -1. */
int rt_bind_args(const Function *fn, size_t n_args, size_t n_kw, const Obj *args, Obj *params);
/* Number of parameter slots of a code object. */
size_t rt_code_param_slots(const CodeInfo *code);
/* Closure cells. */
Obj rt_cell_new(Obj value);
/* Value of a cell; raises NameError (unbound) when empty. */
Obj rt_cell_load(Obj cell);
void rt_cell_store(Obj cell, Obj value);
Obj rt_bound_method_new(Obj self, Obj func);
/* Checks a builtin's argument count (messages as MicroPython). 0 / -1. */
int rt_check_args(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool kw_ok);

/* ==== classes (class.c) ==================================================== */

/* class name(*bases, metaclass=...): namespace is the dict the class body
 * filled; bases a tuple (or 0 for object); metaclass 0 for type. */
Obj rt_build_class(Obj name, Obj bases, Obj namespace, Obj metaclass);
/* super(cls, obj) as the compiler passes it. */
Obj rt_super(Obj cls, Obj obj);
/* type(obj) as an Obj. */
static inline Obj rt_type_obj(Obj o) { return RT_OBJ(type_of(o)); }
/* object.__new__ / generic instance creation for a heap class. */
Obj rt_object_new(const Type *type);
Obj rt_staticmethod_new(Obj func);
Obj rt_classmethod_new(Obj func);
Obj rt_property_new(Obj fget, Obj fset, Obj fdel);

/* ==== modules and globals (module.c) ======================================= */

/* The image provides the compiled modules; an empty table is fine. */
typedef struct ModuleInit {
    Obj name;                   /* interned Str, dotted for packages */
    /* Runs the module body with the new module object; RT_NONE or 0. */
    Obj (*init)(Obj module);
} ModuleInit;
extern const ModuleInit rt_image_modules[];
extern const size_t rt_image_modules_count;
/* The image's interned names (all its ROM Strs marked interned). */
extern const Obj rt_image_names[];
extern const size_t rt_image_names_count;

/* import name: returns the module (runs its init once; sys.modules). */
Obj rt_import(Obj name);
/* from module import name. */
Obj rt_import_from(Obj module, Obj name);
Obj rt_module_new(Obj name);
/* The globals dict of a compiled module. */
static inline Obj rt_module_globals(Obj module) { return ((Module *)module)->globals; }
/* Global variable access from compiled code: globals then builtins;
 * NameError when missing. */
Obj rt_global_load(Obj globals, Obj name);
/* Counts keys added to any module's globals: generated code's caches of
 * "this name is a builtin" stay valid while it is unchanged. */
extern uintptr_t rt_globals_epoch;
int rt_global_store(Obj globals, Obj name, Obj value);
int rt_global_delete(Obj globals, Obj name);
/* Builtins lookup (0 when missing, no exception). */
Obj rt_builtin_lookup(Obj name);
/* The builtins module, defined by the image (the builtins its program
 * names) or else by builtins_table.c (all of builtins.def). */
extern const Module rt_module_builtins;
#define RT_BUILTIN_DECLARE_FN(object) extern const BuiltinFunction object;
#define RT_BUILTIN_DECLARE_TYPE(object) extern const Type object;
#define BUILTIN(id, object, kind) RT_BUILTIN_DECLARE_##kind(object)
#include "builtins.def"
#undef BUILTIN
#define RT_BUILTIN_CONSTANTS \
    { NAME(None), RT_NONE }, { NAME(True), RT_TRUE }, { NAME(False), RT_FALSE }, \
    { NAME(Ellipsis), RT_ELLIPSIS }, { NAME(NotImplemented), RT_NOT_IMPLEMENTED },
/* ROM attribute tables (types and ROM modules): the value or 0. */
Obj rt_attr_table_lookup(const AttrEntry *attrs, size_t n, Obj name);

/* ==== printing (stream.c, print.c) ======================================== */

/* Console streams (hal_write on fd 1 and 2). */
extern Stream rt_stdout, rt_stderr;
int rt_stream_write(Stream *s, const char *data, size_t len);
int rt_stream_puts(Stream *s, const char *cstr);
/* print / repr an object into a stream; 0 / -1. */
int rt_print(Stream *s, Obj o, PrintKind kind);
/* Formatted output into a stream, same directives as rt_raise_fmt. */
int rt_stream_printf(Stream *s, const char *fmt, ...);
int rt_stream_vprintf(Stream *s, const char *fmt, va_list ap);
/* The heap map of micropython.mem_info(1). */
void rt_gc_dump_map(Stream *out);
/* A growable string buffer that is also a stream. */
typedef struct StrBuf {
    Stream stream;
    char *data;                 /* GC block (kept alive by this pointer) */
    size_t len, alloc;
    bool failed;                /* allocation failed: MemoryError pending */
} StrBuf;
void rt_strbuf_init(StrBuf *b, size_t initial);
/* The buffer as a new str (0: raised). The StrBuf is spent afterwards. */
Obj rt_strbuf_to_str(StrBuf *b);
/* print(*args, sep=, end=, file=) */
Obj rt_builtin_print(size_t n_args, size_t n_kw, const Obj *args);

/* ==== ints (int.c, bigint.c) ================================================ */

/* An int from a C integer (small when it fits). 0: raised (MemoryError). */
Obj rt_int_from_intptr(intptr_t v);
Obj rt_int_from_uintptr(uintptr_t v);
Obj rt_int_from_ll(long long v);
Obj rt_int_from_ull(unsigned long long v);
/* int -> C integer; raises OverflowError ("overflow converting long int
 * to machine word") or TypeError for non-ints. Bools count as ints. 0/-1. */
int rt_int_to_intptr(Obj o, intptr_t *out);
int rt_int_to_ll(Obj o, long long *out);
/* Index-like conversion (ints, bools, __index__ not supported). */
int rt_get_int(Obj o, intptr_t *out);
/* Parses an int literal/str (int(s, base) rules: sign, spaces, underscores,
 * prefixes, base 0). 0: raised ValueError. */
Obj rt_int_parse(const char *s, size_t len, int base);
/* Arithmetic entry points (also the int type's binary_op). */
Obj rt_int_binary_op(BinaryOp op, Obj a, Obj b);
Obj rt_int_unary_op(UnaryOp op, Obj a);
/* Comparison of two ints: -1, 0, 1. */
int rt_int_compare(Obj a, Obj b);
/* pow(base, exp, mod). */
Obj rt_int_pow3(Obj base, Obj exp, Obj mod);
/* str/hex/oct/bin of an int with an optional prefix ("0x" ...). */
Obj rt_int_format(Obj i, int base, const char *prefix, bool upper);
/* Writes the digits of i in base (2..36) into a stream. */
int rt_int_print_base(Stream *s, Obj i, int base, const char *prefix, bool upper);
/* int <-> float, in float.c (linked only with float support: optional.h).
 * int -> nearest float; OverflowError when too large. 0/-1. */
int rt_int_to_float(Obj i, mp_float *out);
/* float -> int (truncating); OverflowError for inf, ValueError for nan. */
Obj rt_int_from_float(mp_float f);
/* float(i); i ** (negative int j); int op float/complex (the int on the left,
 * also for reflected calls); int / int. */
Obj rt_float_from_int(Obj i);
Obj rt_int_power_float(Obj i, Obj j);
Obj rt_int_float_op(BinaryOp op, Obj lhs, Obj rhs);
/* bytes <-> int. */
Obj rt_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
int rt_int_to_bytes(Obj i, uint8_t *buf, size_t len, bool big_endian, bool is_signed);
/* Bit length of |i|. */
size_t rt_int_bit_length(Obj i);

/* ==== floats (float.c, complex.c) =========================================== */

Obj rt_float_new(mp_float v);
/* float(o) for numbers (int, bool, float); TypeError otherwise. 0/-1. */
int rt_get_float(Obj o, mp_float *out);
static inline mp_float rt_float_value(Obj o) { return ((const Float *)o)->value; }
/* Parses a float literal/str (incl. inf, nan, exponents, underscores).
 * 0: raised ValueError. */
Obj rt_float_parse(const char *s, size_t len);
/* Shortest round-trip decimal for repr (buf >= 32 bytes); returns length. */
size_t rt_float_repr(mp_float v, char *buf, size_t size);
/* printf-style formatting: fmt 'e', 'f', 'g' (upper: 'E', 'F', 'G'),
 * precision >= 0. Returns length (buf NUL-terminated, truncated to size). */
size_t rt_float_format(mp_float v, char fmt, int precision, char *buf, size_t size);
Obj rt_float_binary_op(BinaryOp op, mp_float a, Obj b_obj);
Obj rt_complex_new(mp_float real, mp_float imag);

/* ==== strings, tuples, dicts (core; the data types build on them) ========== */

/* New str from UTF-8 bytes (copied). */
Obj rt_str_new(const char *data, size_t len);
Obj rt_str_from_cstr(const char *cstr);
/* A str whose text equals data: the interned object (runtime name, image
 * name, or a heap-interned copy). */
Obj rt_str_intern(const char *data, size_t len);
Obj rt_str_intern_obj(Obj str);
/* The interned name if already interned anywhere, else 0 (no allocation). */
Obj rt_str_find_interned(const char *data, size_t len);
static inline const char *rt_str_data(Obj s) { return ((const Str *)s)->data; }
static inline size_t rt_str_len(Obj s) { return ((const Str *)s)->len; }
bool rt_str_equal(Obj a, Obj b);
Obj rt_bytes_new(const void *data, size_t len);

/* Tuples. */
Obj rt_tuple_new(size_t n, const Obj *items);     /* items may be NULL: zero-filled */
static inline size_t rt_tuple_len(Obj t) { return ((const Tuple *)t)->len; }
static inline Obj *rt_tuple_items(Obj t) { return ((Tuple *)t)->items; }
extern const Tuple rt_empty_tuple;
#define RT_EMPTY_TUPLE RT_OBJ(&rt_empty_tuple)

/* Lists (core constructor only; list.c is the data-types engineer's). */
Obj rt_list_new(size_t n, const Obj *items);
int rt_list_append(Obj list, Obj item);

/* Dicts (dict.c). Keys: any hashable; lookups by interned Str are fastest. */
Obj rt_dict_new(size_t capacity);
/* The value or 0 (missing; no exception) — and 0 with an exception
 * pending when hashing / comparing raised: check rt_exc_pending(). */
Obj rt_dict_get(Obj dict, Obj key);
/* Pointer to the value slot (stable until the dict's next insertion), or
 * NULL. For global-variable caches. */
Obj *rt_dict_slot(Obj dict, Obj key);
int rt_dict_set(Obj dict, Obj key, Obj value);
/* Removes key; returns its value, or 0 when missing (no exception unless
 * hashing raised). */
Obj rt_dict_remove(Obj dict, Obj key);
static inline size_t rt_dict_len(Obj d) { return ((const Dict *)d)->used; }
/* Iterates: *pos starts at 0; returns the next live entry or NULL. */
DictEntry *rt_dict_next(Obj dict, size_t *pos);
void rt_dict_clear(Obj dict);
/* Hash of a str key fast path and generic key hashing, shared with set.c. */
int rt_hash_key(Obj key, uintptr_t *out);

/* ==== builtin functions the core provides (builtins_core.c) ================ */
/* Others come from the data-types engineer (len, range, ...). */
Obj rt_builtin_isinstance(Obj obj, Obj classinfo);
Obj rt_builtin_issubclass(Obj cls, Obj classinfo);
Obj rt_builtin_getattr(size_t n, const Obj *args);
Obj rt_builtin_setattr(Obj obj, Obj name, Obj value);
Obj rt_builtin_hasattr(Obj obj, Obj name);
Obj rt_builtin_delattr(Obj obj, Obj name);
Obj rt_builtin_id(Obj o);
Obj rt_builtin_hash(Obj o);
Obj rt_builtin_callable(Obj o);
Obj rt_builtin_repr(Obj o);

/* ==== misc ================================================================== */

/* Type name as a C string (for messages). */
const char *rt_type_name(const Type *t);
/* Copies without libc (freestanding builds). */
void rt_memcpy(void *dst, const void *src, size_t n);
void rt_memset(void *dst, int c, size_t n);
int rt_memcmp(const void *a, const void *b, size_t n);
size_t rt_strlen(const char *s);

#endif
