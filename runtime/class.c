/* type and object, super, bound methods, staticmethod and classmethod
 * (user classes: class_build.c; property: property.c). */
#include "rt_internal.h"
#include "methods.h"

/* ---- object ------------------------------------------------------------ */

/* type(name, bases, dict) builds a class only when class_build.c is linked */
#pragma weak rt_build_class
#pragma weak rt_heap_type_call

static Obj object_init(size_t n, const Obj *args) {
    (void)n;
    (void)args;
    return RT_NONE;
}
RT_METHOD_VAR(rt_object_init_obj, 1, RT_MAX_ARGS, object_init);

static Obj object_new(size_t n, const Obj *args) {
    (void)n;
    if (type_of(args[0]) != &type_type)
        return rt_raise_msg(&type_TypeError, "object.__new__(X): X is not a type object");
    return rt_object_new((const Type *)args[0]);
}
static RT_FN_VAR(object_new_fn, 1, RT_MAX_ARGS, object_new);
const Wrapper rt_object_new_obj = { &type_staticmethod, RT_OBJ(&object_new_fn) };

/* __new__ of the immutable builtins (str, int, tuple): the value comes from
 * the arguments, so super().__new__(cls, x) passes them to make_new. */
static Obj builtin_new(size_t n, const Obj *args) {
    if (type_of(args[0]) != &type_type)
        return rt_raise_msg(&type_TypeError, "__new__(X): X is not a type object");
    const Type *type = (const Type *)args[0];
    const Type *native = rt_native_base(type);
    if (!native->make_new)
        return rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", native->name);
    return native->make_new(type, n - 1, 0, args + 1);
}
static RT_FN_VAR(builtin_new_fn, 1, RT_MAX_ARGS, builtin_new);
const Wrapper rt_builtin_new_obj = { &type_staticmethod, RT_OBJ(&builtin_new_fn) };

static Obj object_setattr(Obj self, Obj name, Obj value) {
    return rt_generic_setattr(self, name, value) < 0 ? 0 : RT_NONE;
}
RT_METHOD3(rt_object_setattr_obj, object_setattr);

static Obj object_delattr(Obj self, Obj name) {
    return rt_generic_setattr(self, name, RT_DELETE) < 0 ? 0 : RT_NONE;
}
RT_METHOD2(rt_object_delattr_obj, object_delattr);

static Obj object_eq(Obj self, Obj other) {
    return self == other ? RT_TRUE : RT_NOT_IMPLEMENTED;
}
RT_METHOD2(rt_object_eq_obj, object_eq);

Obj rt_object_hash(Obj self) {
    return small_from((intptr_t)((self >> 2) & (uintptr_t)RT_SMALL_MAX));
}
RT_METHOD1(rt_object_hash_obj, rt_object_hash);

static Obj print_to_str(PrintFn print, Obj self, PrintKind kind) {
    StrBuf b;
    rt_strbuf_init(&b, 32);
    if (print(&b.stream, self, kind) < 0)
        return 0;
    return rt_strbuf_to_str(&b);
}


/* object.__repr__, also what str.__repr__(x), int.__repr__(x), ... resolve to:
 * an instance of a builtin's subclass prints as that builtin. */
static Obj object_repr(Obj self) {
    const Type *native = rt_native_base(type_of(self));
    return print_to_str(native != &type_object && native->print ? native->print : rt_object_print, self, RT_PRINT_REPR);
}
RT_METHOD1(rt_object_repr_obj, object_repr);

/* object.__str__: the repr, except that str and its subclasses are their text. */
static Obj object_str(Obj self) {
    if (type_of(self)->flags & RT_TYPE_STR_LIKE)
        return print_to_str(type_str.print, self, RT_PRINT_STR);
    return rt_repr(self);
}
RT_METHOD1(rt_object_str_obj, object_str);


Obj rt_alloc_instance(const Type *type) {
    size_t size = type->instance_size ? type->instance_size : sizeof(Instance);
    ObjBase *o = rt_alloc_obj(type, size);
    if (!o)
        return 0;
    if (type->dict_offset) {
        Obj d = rt_dict_new(0);
        if (!d)
            return 0;
        *(Obj *)((char *)o + type->dict_offset) = d;
    }
    return RT_OBJ(o);
}

/* The native (ROM) type at the bottom of a heap class's layout chain. */
const Type *rt_native_base(const Type *t) {
    while (t && (t->flags & RT_TYPE_HEAP))
        t = t->base;
    return t ? t : &type_object;
}

bool rt_type_is_plain_class(const Type *t) {
    return (t->flags & RT_TYPE_HEAP) && t->dict_offset && rt_native_base(t) == &type_object &&
           !rt_is_subclass(t, &type_type);
}

Obj rt_object_new(const Type *type) {
    const Type *native = rt_native_base(type);
    if (native != &type_object && native->make_new && !(native->flags & RT_TYPE_EXCEPTION))
        return native->make_new(type, 0, 0, NULL);
    if (native->flags & RT_TYPE_EXCEPTION) {
        Exception *e = (Exception *)rt_alloc_instance(type);
        if (!e)
            return 0;
        e->args = RT_EMPTY_TUPLE;
        return RT_OBJ(e);
    }
    return rt_alloc_instance(type);
}

static Obj object_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)args;
    if (n_args || n_kw)
        return rt_raise_msg(&type_TypeError, "function takes 0 positional arguments but 1 were given");
    return rt_object_new(type);
}

int rt_object_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<%s object at %lx>", rt_type_name(type_of(self)), (unsigned long)self);
}

const Type type_object = {
    .type = &type_type,
    .name = NAME(object),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_EQ_BY_IDENTITY,
    .instance_size = sizeof(Instance),
    .n_attrs = RT_OBJECT_N_ATTRS,   /* methods.h */
    .attrs = rt_object_attrs,
    .make_new = object_make_new,
    .print = rt_object_print,
};

/* ---- C3 linearisation --------------------------------------------------- */

Obj rt_type_mro_tuple(const Type *t) {
    if (t->flags & RT_TYPE_HEAP)
        return t->mro;
    size_t n = 0;
    for (const Type *p = t; p; p = p->base)
        n++;
    Obj m = rt_tuple_new(n, NULL);
    if (!m)
        return 0;
    n = 0;
    for (const Type *p = t; p; p = p->base)
        rt_tuple_items(m)[n++] = RT_OBJ(p);
    return m;
}

/* ---- type ---------------------------------------------------------------- */

static Obj type_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const Type *t = (const Type *)self;
    if (t == &type_type && n_args == 1 && n_kw == 0)
        return RT_OBJ(type_of(args[0]));
    if (t == &type_type && n_args == 3 && n_kw == 0) {
        if (!rt_build_class)
            return rt_raise_msg(&type_NotImplementedError,
                                "classes are not linked into this firmware: the program has no class statement");
        return rt_build_class(args[0], args[1], args[2], 0);
    }
    if (!(t->flags & RT_TYPE_HEAP)) {
        if (!t->make_new)
            return rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
        return t->make_new(t, n_args, n_kw, args);
    }
    /* a user class: class_build.c, linked with every way to make one */
    return rt_heap_type_call(self, n_args, n_kw, args);
}

static int type_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Type *t = (const Type *)self;
    return rt_stream_printf(s, "<class '%q'>", t->name);
}

static Obj type_attr(Obj self, Obj name, Obj value) {
    Type *t = (Type *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(__name__) || name == NAME(__qualname__))
        return t->name;
    if (name == NAME(__bases__)) {
        if (t->flags & RT_TYPE_HEAP)
            return t->bases;
        return t->base ? rt_tuple_new(1, (const Obj *)&t->base) : RT_EMPTY_TUPLE;
    }
    if (name == NAME(__mro__))
        return rt_type_mro_tuple(t);
    if (name == NAME(__dict__) && (t->flags & RT_TYPE_HEAP))
        return t->dict;
    return RT_NO_ATTR;
}

static Obj type_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    return type_call(RT_OBJ(type), n_args, n_kw, args);
}

const Type type_type = {
    .type = &type_type,
    .name = NAME(type),
    .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object,
    .make_new = type_make_new,
    .print = type_print,
    .attr = type_attr,
    .call = type_call,
};

/* ---- super ------------------------------------------------------------------ */

Obj rt_super(Obj cls, Obj obj) {
    if (type_of(cls) != &type_type)
        return rt_raise_msg(&type_TypeError, "super() argument 1 must be type");
    Super *s = rt_alloc_obj(&type_super, sizeof(Super));
    if (!s)
        return 0;
    s->cls = (const Type *)cls;
    s->obj = obj;
    return RT_OBJ(s);
}

static Obj super_attr(Obj self, Obj name, Obj value) {
    const Super *s = (const Super *)self;
    if (value)
        return RT_NO_ATTR;
    bool obj_is_class = type_of(s->obj) == &type_type;
    const Type *start = obj_is_class ? (const Type *)s->obj : type_of(s->obj);
    Obj mro = rt_type_mro_tuple(start);
    if (!mro)
        return 0;
    size_t i = 0, n = rt_tuple_len(mro);
    while (i < n && (const Type *)rt_tuple_items(mro)[i] != s->cls)
        i++;
    for (i++; i < n; i++) {
        const Type *t = (const Type *)rt_tuple_items(mro)[i];
        Obj v = rt_type_own_lookup(t, name);
        if (v)
            return rt_bind_to(v, obj_is_class ? 0 : s->obj, start);
    }
    return rt_raise_fmt(&type_AttributeError, "'super' object has no attribute '%q'", name);
}

static Obj super_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (n_args != 2 || n_kw)
        return rt_raise_msg(&type_RuntimeError, "super() needs explicit arguments here");
    return rt_super(args[0], args[1]);
}

static int super_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<super: <class '%q'>, <%s object>>", ((const Super *)self)->cls->name, rt_type_name(type_of(((const Super *)self)->obj)));
}

const Type type_super = {
    .type = &type_type,
    .name = NAME(super),
    .base = &type_object,
    .make_new = super_make_new,
    .print = super_print,
    .attr = super_attr,
};

/* ---- bound methods, staticmethod, classmethod, property ------------------- */

Obj rt_bound_method_new(Obj self, Obj func) {
    BoundMethod *m = rt_alloc_obj(&type_bound_method, sizeof(BoundMethod));
    if (!m)
        return 0;
    m->self = self;
    m->func = func;
    return RT_OBJ(m);
}

static Obj bound_method_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const BoundMethod *m = (const BoundMethod *)self;
    return rt_call_with_self(m->func, m->self, n_args, n_kw, args);
}

static int bound_method_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<bound_method %lx>", (unsigned long)self);
}

static Obj bound_method_attr(Obj self, Obj name, Obj value) {
    const BoundMethod *m = (const BoundMethod *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(__self__))
        return m->self;
    if (name == NAME(__func__))
        return m->func;
    return rt_load_attr_default(m->func, name, RT_NO_ATTR);
}

static Obj bound_method_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if ((op != RT_BINOP_EQUAL && op != RT_BINOP_NOT_EQUAL) || type_of(rhs) != &type_bound_method)
        return RT_NOT_IMPLEMENTED;
    const BoundMethod *a = (const BoundMethod *)lhs, *b = (const BoundMethod *)rhs;
    bool eq = a->self == b->self && a->func == b->func;
    return rt_bool(op == RT_BINOP_EQUAL ? eq : !eq);
}

const Type type_bound_method = {
    .type = &type_type,
    .name = NAME(bound_method),
    .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object,
    .print = bound_method_print,
    .binary_op = bound_method_binary_op,
    .attr = bound_method_attr,
    .call = bound_method_call,
};

static Obj wrapper_new(const Type *t, Obj func) {
    Wrapper *w = rt_alloc_obj(t, sizeof(Wrapper));
    if (!w)
        return 0;
    w->func = func;
    return RT_OBJ(w);
}

Obj rt_staticmethod_new(Obj func) { return wrapper_new(&type_staticmethod, func); }
Obj rt_classmethod_new(Obj func) { return wrapper_new(&type_classmethod, func); }

static Obj wrapper_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 1, 1, false) < 0)
        return 0;
    return wrapper_new(type, args[0]);
}

static Obj wrapper_attr(Obj self, Obj name, Obj value) {
    if (!value && name == NAME(__func__))
        return ((const Wrapper *)self)->func;
    return RT_NO_ATTR;
}

const Type type_staticmethod = {
    .type = &type_type, .name = NAME(staticmethod), .base = &type_object,
    .make_new = wrapper_make_new, .attr = wrapper_attr,
};
const Type type_classmethod = {
    .type = &type_type, .name = NAME(classmethod), .base = &type_object,
    .make_new = wrapper_make_new, .attr = wrapper_attr,
};
