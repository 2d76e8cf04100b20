/* AST construction helpers used by the grammar actions: node allocation,
 * target validation (ctx), and the checks CPython's parser does in actions. */
#ifndef MPYC_FRONTEND_BUILD_H
#define MPYC_FRONTEND_BUILD_H

#include "parser_state.h"

/* A comma-separated list as the grammar sees it. */
typedef struct mp_list {
    mp_vec *v;
    int comma;   /* a trailing comma was present */
} mp_list;

typedef enum { MP_PARAM_PLAIN, MP_PARAM_STAR, MP_PARAM_STARSTAR, MP_PARAM_SLASH } mp_param_kind;

typedef struct mp_param {
    mp_param_kind kind;
    mp_arg *arg;          /* NULL for a bare '*' or '/' */
    mp_expr *default_;
    mp_loc loc;
} mp_param;

typedef struct mp_handler {
    mp_excepthandler *h;
    int star;
} mp_handler;

typedef struct mp_handlers {
    mp_vec *v;
    int star, plain;
} mp_handlers;

/* An argument of a call or class definition. */
typedef enum { MP_ARG_POS, MP_ARG_STAR, MP_ARG_KW, MP_ARG_KWSTAR, MP_ARG_GENEXP } mp_argkind;
typedef struct mp_callarg {
    mp_argkind kind;
    mp_expr *value;
    const char *name;
    mp_loc loc;
    mp_loc for_loc;   /* MP_ARG_GENEXP: where its first `for` is */
} mp_callarg;

mp_expr *mp_new_expr(mp_parser *p, mp_expr_kind kind, mp_loc loc);
/* Computes depth from the children and enforces MP_MAX_EXPR_DEPTH. */
mp_expr *mp_done(mp_parser *p, mp_expr *e);
mp_stmt *mp_new_stmt(mp_parser *p, mp_stmt_kind kind, mp_loc loc);
/* Computes a compound statement's depth from its bodies and enforces MP_MAX_STMT_DEPTH. */
mp_stmt *mp_stmt_done(mp_parser *p, mp_stmt *s);
mp_pattern *mp_new_pattern(mp_parser *p, mp_pattern_kind kind, mp_loc loc);
void *mp_new(mp_parser *p, size_t size);
const char *mp_ident(mp_parser *p, const mp_token *tok);

mp_vec *mp_vec1(mp_parser *p, void *item);
mp_vec *mp_push(mp_parser *p, mp_vec *v, void *item);
mp_vec *mp_extend(mp_parser *p, mp_vec *v, mp_vec *more);

bool mp_error_at(mp_parser *p, mp_loc loc, const char *fmt, ...);

/* Elements -> Tuple (comma or several) or the single element. */
mp_expr *mp_tuple_or_single(mp_parser *p, mp_list list, mp_loc loc);
/* Sets Store/Del context on a target; reports CPython's message when it cannot be one. */
bool mp_set_context(mp_parser *p, mp_expr *e, mp_expr_context ctx);
/* Checks an expression that contains no internal `x as y` node (paren with-items). */
bool mp_check_no_with_as(mp_parser *p);

mp_expr *mp_make_call(mp_parser *p, mp_expr *func, mp_list args, mp_loc loc, mp_loc close);
bool mp_split_call_args(mp_parser *p, mp_list args, mp_loc end, mp_expr_seq *pos, mp_keyword_seq *kws);
/* CPython's name for an expression kind in error messages ("function call", "literal", ...). */
const char *mp_expr_name(const mp_expr *e);
/* Assignment statement target: CPython's "... here. Maybe you meant '=='" hint when it applies. */
bool mp_set_assign_target(mp_parser *p, mp_expr *target, mp_expr *value, bool chained);
/* Rejects a bare `*x` where only an expression may stand. */
bool mp_no_lone_star(mp_parser *p, mp_expr *e);
mp_arguments *mp_make_arguments(mp_parser *p, mp_vec *params, bool lambda, mp_loc close);
mp_arguments *mp_empty_arguments(mp_parser *p);
mp_vec *mp_make_with_items(mp_parser *p, mp_vec *items, mp_loc colon);
mp_expr *mp_make_compare(mp_parser *p, mp_expr *left, mp_vec *ops, mp_vec *comparators, mp_loc loc);

static inline int mp_vec_count(const mp_vec *v) { return v ? v->count : 0; }
static inline void *mp_vec_items(const mp_vec *v) { return v ? (void *)v->items : NULL; }
#define MP_SEQ_OF(T, vec) ((T){mp_vec_count(vec), mp_vec_items(vec)})

#endif
