/* Runtime-internal state and helpers shared between runtime files (not part
 * of the compiler-facing API). */
#ifndef MPYC_RT_INTERNAL_H
#define MPYC_RT_INTERNAL_H

#include "rt.h"

/* Every Obj here is a GC root (the collector scans the whole struct). */
typedef struct RuntimeState {
    Obj exc;                    /* pending exception, or 0 */
    Obj intern_dict;            /* heap-interned strings: str -> str */
    Obj modules;                /* sys.modules: name -> module */
    Obj handling;               /* exception being handled (for __context__) */
    Obj argv;                   /* sys.argv list, or 0 */
    Obj sys_path;               /* sys.path list, or 0 until first used */
} RuntimeState;
extern RuntimeState rt_state;
extern void *rt_stack_base;

void rt_gc_init(void *start, size_t size);

/* The preallocated MemoryError (RAM, not heap). */
extern Exception rt_memory_error_obj;

/* Binding helpers (class.c / call.c). */
Obj rt_bind_to(Obj value, Obj self, const Type *cls);

/* Generic attribute lookup used by object's attr path. */
Obj rt_generic_getattr(Obj obj, Obj name);
int rt_generic_setattr(Obj obj, Obj name, Obj value);

/* Name of a unary / binary operator's dunder for messages. */
Obj rt_unary_dunder(UnaryOp op);
Obj rt_binary_dunder(BinaryOp op);
Obj rt_binary_reflected_dunder(BinaryOp op);

/* int internals (bigint.c) */
Obj rt_bigint_from_small_overflow(intptr_t v);
Obj rt_int_normalize(BigInt *b);
BigInt *rt_bigint_alloc(size_t n_digits);
uintptr_t rt_int_hash(Obj i);

/* Print a C string that the GC need not know about. */
int rt_print_cstr(Stream *s, const char *c);

/* class.c for class_build.c (user classes) */
const Type *rt_native_base(const Type *t);
int rt_object_print(Stream *s, Obj self, PrintKind kind);
Obj rt_type_mro_tuple(const Type *t);
extern const BuiltinFunction rt_object_str_obj, rt_object_repr_obj, rt_object_eq_obj, rt_object_hash_obj;
Obj rt_object_hash(Obj self);
/* class_build.c for class.c: type.__call__ of a user class */
Obj rt_heap_type_call(Obj self, size_t n_args, size_t n_kw, const Obj *args);

#endif

/* object's own __setattr__ / __delattr__ (class.c): a heap class that only
 * inherits these takes the fast generic path. */
extern const BuiltinFunction rt_object_setattr_obj, rt_object_delattr_obj;
/* __new__ of str, int and tuple (class.c): make_new of the class's builtin base. */
extern const Wrapper rt_builtin_new_obj;
int rt_str_print_quoted(Stream *s, Obj o, bool is_bytes);
Obj rt_sequence_compare(BinaryOp op, const Obj *a, size_t na, const Obj *b, size_t nb);
extern const Type type_console_file;
Obj rt_type_own_lookup(const Type *t, Obj name);
/* int <op> float comparisons, exact (float.c). f: a float Obj, i: an int;
 * float_on_left tells the operand order of op. */
Obj rt_float_compare_int(BinaryOp op, Obj f, Obj i, bool int_on_left);
typedef struct ConsoleFile ConsoleFile;
extern const struct ConsoleFile rt_sys_stdout_obj, rt_sys_stderr_obj;
Obj rt_int_true_divide(Obj a, Obj b);
