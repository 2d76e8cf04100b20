/* None, bool, Ellipsis, NotImplemented and the internal marker type. */
#include "rt_internal.h"
#include "optional.h"

static int none_print(Stream *s, Obj self, PrintKind kind) {
    (void)self;
    (void)kind;
    return rt_stream_write(s, "None", 4);
}

static Obj none_unary_op(UnaryOp op, Obj self) {
    (void)self;
    if (op == RT_UNARY_BOOL)
        return RT_FALSE;
    return RT_NOT_IMPLEMENTED;
}

/* type(None)() is the singleton, as in CPython (the MicroPython docs list
 * no difference here). */
static Obj none_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    (void)args;
    if (n_args || n_kw)
        return rt_raise_msg(&type_TypeError, "NoneType takes no arguments");
    return RT_NONE;
}

const Type type_none = {
    .type = &type_type, .name = NAME(NoneType), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = none_make_new, .print = none_print, .unary_op = none_unary_op,
};

static int bool_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return self == RT_TRUE ? rt_stream_write(s, "True", 4) : rt_stream_write(s, "False", 5);
}

static Obj bool_as_int(Obj o) {
    return type_of(o) == &type_bool ? small_from(((const BoolObj *)o)->value) : o;
}

static Obj bool_unary_op(UnaryOp op, Obj self) {
    if (op == RT_UNARY_BOOL)
        return self;
    return rt_int_unary_op(op, bool_as_int(self));
}

static Obj bool_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    BinaryOp base = (BinaryOp)(op & ~RT_BINOP_REVERSE);
    if (type_of(lhs) == &type_bool && type_of(rhs) == &type_bool &&
        (RT_BINOP_BASE(base) == RT_BINOP_AND || RT_BINOP_BASE(base) == RT_BINOP_OR || RT_BINOP_BASE(base) == RT_BINOP_XOR)) {
        bool a = lhs == RT_TRUE, b = rhs == RT_TRUE;
        switch (RT_BINOP_BASE(base)) {
        case RT_BINOP_AND: return rt_bool(a && b);
        case RT_BINOP_OR: return rt_bool(a || b);
        default: return rt_bool(a != b);
        }
    }
    Obj l = bool_as_int(lhs), r = bool_as_int(rhs);
    if (op & RT_BINOP_REVERSE)
        return rt_binary_op(base, l, r);
    if (!obj_is_int(l) || !obj_is_int(r)) {
        if (type_of(r) == &type_float || type_of(r) == &type_complex)
            return rt_binary_op(base, l, r);
        return RT_NOT_IMPLEMENTED;
    }
    return rt_int_binary_op(base, l, r);
}

static Obj bool_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    if (n_args == 0)
        return RT_FALSE;
    int t = rt_truthy(args[0]);
    return t < 0 ? 0 : rt_bool(t);
}

const Type type_bool = {
    .type = &type_type, .name = NAME(bool_), .base = &type_int,
    .make_new = bool_make_new, .print = bool_print,
    .unary_op = bool_unary_op, .binary_op = bool_binary_op,
};

static int ellipsis_print(Stream *s, Obj self, PrintKind kind) {
    (void)self;
    (void)kind;
    return rt_stream_write(s, "Ellipsis", 8);
}

const Type type_ellipsis = {
    .type = &type_type, .name = NAME(ellipsis), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = ellipsis_print,
};

static int not_implemented_print(Stream *s, Obj self, PrintKind kind) {
    (void)self;
    (void)kind;
    return rt_stream_write(s, "NotImplemented", 14);
}

const Type type_not_implemented = {
    .type = &type_type, .name = NAME(NotImplementedType), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = not_implemented_print,
};

const Type type_marker = {
    .type = &type_type, .name = NAME(object), .flags = RT_TYPE_EQ_BY_IDENTITY, .base = &type_object,
};
