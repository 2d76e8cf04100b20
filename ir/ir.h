/* The typed IR: a module is a constant pool plus functions; a function is a
 * list of basic blocks; a block is a list of instructions ending in ret, jmp
 * or jnz. Values (%vregs) carry an explicit representation: this issue
 * boxes almost everything (obj), conditions are bool and boxing is an
 * explicit instruction, so a later type-inference pass can unbox. Python
 * variables live in numbered slots of their function. Nothing here is
 * C-specific: every backend consumes this. */
#ifndef MPYC_IR_H
#define MPYC_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"

typedef enum {
    IR_REP_NONE, IR_REP_OBJ, IR_REP_INT, IR_REP_UINT, IR_REP_BOOL, IR_REP_FLOAT,
    IR_REP_PTR8, IR_REP_PTR16, IR_REP_PTR32
} ir_rep;

typedef enum {
#define IR_OP(e, text, value, raise) IR_##e,
#include "ir_ops.def"
#undef IR_OP
    IR_OP_COUNT
} ir_op;

extern const char *const ir_op_names[IR_OP_COUNT];
extern const bool ir_op_can_raise[IR_OP_COUNT];
extern const char *const ir_rep_names[];

/* Constants (module pool). NAME is an interned identifier string. */
typedef enum {
    IR_C_NONE, IR_C_TRUE, IR_C_FALSE, IR_C_ELLIPSIS, IR_C_INT, IR_C_BIGINT,
    IR_C_FLOAT, IR_C_COMPLEX, IR_C_STR, IR_C_BYTES, IR_C_NAME, IR_C_TUPLE
} ir_const_kind;

typedef struct ir_const {
    ir_const_kind kind;
    bool negative;          /* BIGINT sign */
    int64_t i;
    double f;
    const char *s;          /* STR/BYTES/NAME bytes, BIGINT decimal digits */
    size_t len;
    int *items;             /* TUPLE: constant indices */
    int n_items;
} ir_const;

typedef struct ir_instr {
    uint16_t op;            /* ir_op */
    uint8_t rep;            /* representation of the result */
    int32_t dest;           /* vreg, or -1 */
    int32_t line;           /* source line for tracebacks */
    int32_t n_args;
    int32_t *args;          /* vregs; -1 = absent operand */
    int64_t imm, imm2;      /* see ops.def */
    int32_t name;           /* constant index of a name operand, or -1 */
    int32_t target, target2; /* blocks of jmp / jnz */
} ir_instr;

typedef struct ir_block {
    int id;
    int handler;            /* block receiving exceptions raised here, or -1 */
    int n_instrs, cap;
    ir_instr *instrs;
} ir_block;

typedef enum { IR_FN_MODULE, IR_FN_FUNCTION, IR_FN_GENERATOR } ir_fn_kind;

typedef struct ir_function {
    int index;
    ir_fn_kind kind;
    const char *name, *qualname;
    int line;
    /* Parameters: slots 0..n_params-1 in binder order. */
    int n_posonly, n_pos, n_kwonly;
    bool has_varargs, has_varkw;
    int n_params;
    const char **param_names;
    int n_slots;
    const char **slot_names; /* for dumps and messages */
    int n_free;             /* closure cells */
    int n_resume;           /* generators: resume points (yields) */
    int n_vregs, vreg_cap;
    uint8_t *vreg_reps;
    int n_blocks, block_cap;
    ir_block **blocks;
} ir_function;

typedef struct ir_module {
    const char *name;       /* dotted module name ("__main__" for the script) */
    const char *file;       /* path shown in tracebacks */
    int n_consts, const_cap;
    ir_const *consts;
    int n_functions, fn_cap;
    ir_function **functions; /* functions[0] is the module body */
} ir_module;

/* Errors found while lowering (unsupported constructs, bad const()). */
typedef struct ir_error {
    bool has_error;
    int line, col;          /* 1-based line and column */
    char message[256];
} ir_error;

/* Lowers a parsed module. Returns NULL with err filled on error. */
ir_module *ir_lower_module(mp_arena *arena, const mp_module *ast, const char *module_name,
                           const char *file, bool is_package, ir_error *err);

/* Text dump (stable, for tests). */
typedef void (*ir_write_fn)(void *ctx, const char *s, size_t n);
void ir_dump_module(const ir_module *m, ir_write_fn write, void *ctx);

/* Builder helpers shared by the lowering passes. */
ir_function *ir_function_new(mp_arena *a, ir_module *m);
ir_block *ir_block_new(mp_arena *a, ir_function *f);
int ir_vreg_new(mp_arena *a, ir_function *f, ir_rep rep);
ir_instr *ir_emit(mp_arena *a, ir_function *f, ir_block *b, ir_op op);
int ir_const_add(mp_arena *a, ir_module *m, const ir_const *c);
int ir_const_name(mp_arena *a, ir_module *m, const char *name);
int ir_const_int(mp_arena *a, ir_module *m, int64_t v);
bool ir_block_terminated(const ir_block *b);

#endif
