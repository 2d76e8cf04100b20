/* type and object, user classes (rt_build_class, C3 MRO, instance slots
 * that dispatch to special methods), super, bound methods, staticmethod,
 * classmethod and property. */
#include "rt_internal.h"
Obj rt_getitem_iter_new(Obj seq); /* iterators.c */

/* ---- object ------------------------------------------------------------ */

static const Type *native_base(const Type *t);

static Obj object_init(size_t n, const Obj *args) {
    (void)n;
    (void)args;
    return RT_NONE;
}
static RT_METHOD_VAR(object_init_obj, 1, RT_MAX_ARGS, object_init);

static Obj object_new(size_t n, const Obj *args) {
    (void)n;
    if (type_of(args[0]) != &type_type)
        return rt_raise_msg(&type_TypeError, "object.__new__(X): X is not a type object");
    return rt_object_new((const Type *)args[0]);
}
static RT_FN_VAR(object_new_fn, 1, RT_MAX_ARGS, object_new);
static const Wrapper object_new_obj = { &type_staticmethod, RT_OBJ(&object_new_fn) };

/* __new__ of the immutable builtins (str, int, tuple): the value comes from
 * the arguments, so super().__new__(cls, x) passes them to make_new. */
static Obj builtin_new(size_t n, const Obj *args) {
    if (type_of(args[0]) != &type_type)
        return rt_raise_msg(&type_TypeError, "__new__(X): X is not a type object");
    const Type *type = (const Type *)args[0];
    const Type *native = native_base(type);
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
static RT_METHOD2(object_eq_obj, object_eq);

static Obj object_hash(Obj self) {
    return small_from((intptr_t)((self >> 2) & (uintptr_t)RT_SMALL_MAX));
}
static RT_METHOD1(object_hash_obj, object_hash);

static Obj print_to_str(PrintFn print, Obj self, PrintKind kind) {
    StrBuf b;
    rt_strbuf_init(&b, 32);
    if (print(&b.stream, self, kind) < 0)
        return 0;
    return rt_strbuf_to_str(&b);
}

static int object_print(Stream *s, Obj self, PrintKind kind);

/* object.__repr__, also what str.__repr__(x), int.__repr__(x), ... resolve to:
 * an instance of a builtin's subclass prints as that builtin. */
static Obj object_repr(Obj self) {
    const Type *native = native_base(type_of(self));
    return print_to_str(native != &type_object && native->print ? native->print : object_print, self, RT_PRINT_REPR);
}
static RT_METHOD1(object_repr_obj, object_repr);

/* object.__str__: the repr, except that str and its subclasses are their text. */
static Obj object_str(Obj self) {
    if (type_of(self)->flags & RT_TYPE_STR_LIKE)
        return print_to_str(type_str.print, self, RT_PRINT_STR);
    return rt_repr(self);
}
static RT_METHOD1(object_str_obj, object_str);

static const AttrEntry object_attrs[] = {
    { NAME(__init__), RT_OBJ(&object_init_obj) },
    { NAME(__new__), RT_OBJ(&object_new_obj) },
    { NAME(__setattr__), RT_OBJ(&rt_object_setattr_obj) },
    { NAME(__delattr__), RT_OBJ(&rt_object_delattr_obj) },
    { NAME(__eq__), RT_OBJ(&object_eq_obj) },
    { NAME(__hash__), RT_OBJ(&object_hash_obj) },
    { NAME(__repr__), RT_OBJ(&object_repr_obj) },
    { NAME(__str__), RT_OBJ(&object_str_obj) },
};

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
static const Type *native_base(const Type *t) {
    while (t && (t->flags & RT_TYPE_HEAP))
        t = t->base;
    return t ? t : &type_object;
}

bool rt_type_is_plain_class(const Type *t) {
    return (t->flags & RT_TYPE_HEAP) && t->dict_offset && native_base(t) == &type_object &&
           !rt_is_subclass(t, &type_type);
}

Obj rt_object_new(const Type *type) {
    const Type *native = native_base(type);
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

static int object_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<%s object at %lx>", rt_type_name(type_of(self)), (unsigned long)self);
}

const Type type_object = {
    .type = &type_type,
    .name = NAME(object),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_EQ_BY_IDENTITY,
    .instance_size = sizeof(Instance),
    .n_attrs = sizeof object_attrs / sizeof object_attrs[0],
    .attrs = object_attrs,
    .make_new = object_make_new,
    .print = object_print,
};

/* ---- C3 linearisation --------------------------------------------------- */

static Obj type_mro_tuple(const Type *t) {
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

/* Merges the bases' MROs and the bases list (C3); 0 with TypeError when
 * no consistent order exists. */
static Obj c3_mro(const Type *cls, Obj bases) {
    size_t nb = rt_tuple_len(bases);
    size_t n_seq = nb + 1;
    Obj seqs = rt_tuple_new(n_seq, NULL);
    if (!seqs)
        return 0;
    size_t total = 1;
    for (size_t i = 0; i < nb; i++) {
        Obj m = type_mro_tuple((const Type *)rt_tuple_items(bases)[i]);
        if (!m)
            return 0;
        rt_tuple_items(seqs)[i] = m;
        total += rt_tuple_len(m);
    }
    rt_tuple_items(seqs)[nb] = bases;
    size_t *pos = rt_alloc(n_seq * sizeof(size_t));
    Obj out = rt_tuple_new(total, NULL);
    if (!pos || !out)
        return 0;
    size_t n_out = 0;
    rt_tuple_items(out)[n_out++] = RT_OBJ(cls);
    for (;;) {
        Obj pick = 0;
        bool any_left = false;
        for (size_t i = 0; i < n_seq && !pick; i++) {
            Obj s = rt_tuple_items(seqs)[i];
            if (pos[i] >= rt_tuple_len(s))
                continue;
            any_left = true;
            Obj cand = rt_tuple_items(s)[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < n_seq && !in_tail; j++) {
                Obj s2 = rt_tuple_items(seqs)[j];
                for (size_t k = pos[j] + 1; k < rt_tuple_len(s2); k++)
                    if (rt_tuple_items(s2)[k] == cand) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail)
                pick = cand;
        }
        if (!any_left)
            break;
        if (!pick)
            return rt_raise_msg(&type_TypeError, "Cannot create a consistent method resolution order (MRO)");
        rt_tuple_items(out)[n_out++] = pick;
        for (size_t i = 0; i < n_seq; i++) {
            Obj s = rt_tuple_items(seqs)[i];
            if (pos[i] < rt_tuple_len(s) && rt_tuple_items(s)[pos[i]] == pick)
                pos[i]++;
        }
    }
    ((Tuple *)out)->len = n_out;
    rt_free(pos);
    return out;
}

/* ---- instances of user classes: slots calling special methods ----------- */

/* Calls the special method `name` of obj's class with extra args; returns
 * RT_NOT_IMPLEMENTED when the class (below the native base) lacks it. */
static Obj call_special(Obj obj, Obj name, size_t n, const Obj *args) {
    const Type *t = type_of(obj);
    Obj f = rt_type_lookup(t, name);
    if (!f)
        return RT_NOT_IMPLEMENTED;
    /* Methods inherited from a native base are reached through its slots. */
    if (type_of(f) == &type_builtin_method && native_base(t) != &type_object)
        return RT_NOT_IMPLEMENTED;
    Obj all[4];
    all[0] = obj;
    for (size_t i = 0; i < n; i++)
        all[i + 1] = args[i];
    Obj bound = rt_bind_to(f, obj, t);
    if (!bound)
        return 0;
    if (type_of(f)->flags & RT_TYPE_BINDS_SELF)
        return rt_call(f, n + 1, 0, all);
    return rt_call(bound, n, 0, args);
}

static bool is_object_default(Obj f, const BuiltinFunction *def) {
    return f == RT_OBJ(def);
}

static int instance_print(Stream *s, Obj self, PrintKind kind) {
    const Type *t = type_of(self);
    Obj f = 0;
    if (kind == RT_PRINT_STR) {
        f = rt_type_lookup(t, NAME(__str__));
        if (f && is_object_default(f, &object_str_obj)) {
            if (t->flags & RT_TYPE_STR_LIKE)
                return type_str.print(s, self, kind);
            f = 0;
        }
    }
    if (!f)
        f = rt_type_lookup(t, NAME(__repr__));
    const Type *native = native_base(t);
    if (!f || is_object_default(f, &object_repr_obj) || (type_of(f) == &type_builtin_method && native != &type_object)) {
        if (native != &type_object && native->print)
            return native->print(s, self, kind);
        return object_print(s, self, kind);
    }
    Obj r = rt_call1(f, self);
    if (!r)
        return -1;
    if (!obj_is_str(r)) {
        rt_raise_msg(&type_TypeError, "__str__ returned non-string");
        return -1;
    }
    return rt_stream_write(s, rt_str_data(r), rt_str_len(r));
}

static Obj instance_unary_op(UnaryOp op, Obj self) {
    const Type *t = type_of(self);
    if (op == RT_UNARY_HASH) {
        Obj h = rt_type_lookup(t, NAME(__hash__));
        if (h == RT_NONE)
            return rt_raise_fmt(&type_TypeError, "unsupported type for __hash__: '%s'", rt_type_name(t));
        if (h && !is_object_default(h, &object_hash_obj)) {
            Obj r = call_special(self, NAME(__hash__), 0, NULL);
            if (r == RT_NOT_IMPLEMENTED)
                goto native;
            if (r && !obj_is_int(r))
                return rt_raise_msg(&type_TypeError, "__hash__ should return an int");
            return r && !obj_is_small(r) ? small_from((intptr_t)(rt_int_hash(r) & (uintptr_t)RT_SMALL_MAX)) : r;
        }
        Obj eq = rt_type_lookup(t, NAME(__eq__));
        if (eq && !is_object_default(eq, &object_eq_obj) && type_of(eq) != &type_builtin_method)
            return rt_raise_fmt(&type_TypeError, "unsupported type for __hash__: '%s'", rt_type_name(t));
        goto native;
    }
    Obj r = call_special(self, rt_unary_dunder(op), 0, NULL);
    if (r == RT_NOT_IMPLEMENTED)
        goto native;
    if (!r)
        return 0;
    if (op == RT_UNARY_BOOL) {
        if (type_of(r) != &type_bool)
            return rt_raise_msg(&type_TypeError, "__bool__ should return bool");
    } else if (op == RT_UNARY_LEN) {
        if (!obj_is_small(r))
            return rt_raise_msg(&type_TypeError, "object cannot be interpreted as an integer");
        if (small_value(r) < 0)
            return rt_raise_msg(&type_ValueError, "__len__() should return >= 0");
    }
    return r;
native: {
        const Type *native = native_base(t);
        if (native != &type_object && native->unary_op)
            return native->unary_op(op, self);
        if (op == RT_UNARY_HASH)
            return object_hash(self);
        return RT_NOT_IMPLEMENTED;
    }
}

static Obj instance_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    bool reversed = (op & RT_BINOP_REVERSE) != 0;
    BinaryOp base = (BinaryOp)(op & ~RT_BINOP_REVERSE);
    Obj self = reversed ? rhs : lhs, other = reversed ? lhs : rhs;
    Obj name;
    if (base == RT_BINOP_CONTAINS)
        name = NAME(__contains__);
    else
        name = reversed ? rt_binary_reflected_dunder(base) : rt_binary_dunder(base);
    Obj r = call_special(self, name, 1, &other);
    if (r == RT_NOT_IMPLEMENTED) {
        if (base == RT_BINOP_NOT_EQUAL) {
            /* Default __ne__ inverts __eq__. */
            Obj eq = call_special(self, NAME(__eq__), 1, &other);
            if (eq == RT_NOT_IMPLEMENTED || !eq)
                goto native;
            int t = rt_truthy(eq);
            return t < 0 ? 0 : rt_bool(!t);
        }
        goto native;
    }
    if (r && base == RT_BINOP_CONTAINS) {
        int t = rt_truthy(r);
        return t < 0 ? 0 : rt_bool(t);
    }
    return r;
native: {
        const Type *native = native_base(type_of(self));
        if (native != &type_object && native->binary_op)
            return native->binary_op(op, lhs, rhs);
        return RT_NOT_IMPLEMENTED;
    }
}

static Obj instance_subscr(Obj self, Obj index, Obj value) {
    Obj r;
    if (!value) {
        r = call_special(self, NAME(__getitem__), 1, &index);
    } else if (value == RT_DELETE) {
        r = call_special(self, NAME(__delitem__), 1, &index);
        if (r && r != RT_NOT_IMPLEMENTED)
            r = RT_NONE;
    } else {
        Obj args[2] = { index, value };
        r = call_special(self, NAME(__setitem__), 2, args);
        if (r && r != RT_NOT_IMPLEMENTED)
            r = RT_NONE;
    }
    if (r != RT_NOT_IMPLEMENTED)
        return r;
    const Type *native = native_base(type_of(self));
    if (native->subscr)
        return native->subscr(self, index, value);
    const char *what = !value ? "isn't subscriptable" : value == RT_DELETE ? "doesn't support item deletion" : "doesn't support item assignment";
    return rt_raise_fmt(&type_TypeError, "'%s' object %s", rt_type_name(type_of(self)), what);
}

static Obj instance_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    Obj f = rt_type_lookup(type_of(self), NAME(__call__));
    if (!f) {
        const Type *native = native_base(type_of(self));
        if (native->call)
            return native->call(self, n_args, n_kw, args);
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't callable", rt_type_name(type_of(self)));
    }
    Obj dest[2] = { f, self };
    if (!(type_of(f)->flags & RT_TYPE_BINDS_SELF))
        return rt_call(rt_bind_to(f, self, type_of(self)), n_args, n_kw, args);
    size_t total = n_args + 2 * n_kw;
    Obj local[9];
    Obj *all = total < 9 ? local : rt_alloc((total + 1) * sizeof(Obj));
    if (!all)
        return 0;
    all[0] = dest[1];
    rt_memcpy(all + 1, args, total * sizeof(Obj));
    return rt_call(f, n_args + 1, n_kw, all);
}

static Obj instance_getiter(Obj self) {
    Obj r = call_special(self, NAME(__iter__), 0, NULL);
    if (r != RT_NOT_IMPLEMENTED)
        return r;
    const Type *native = native_base(type_of(self));
    if (native->getiter)
        return native->getiter(self);
    if (rt_type_lookup(type_of(self), NAME(__getitem__)))
        return rt_getitem_iter_new(self);   /* iterators.c: the sequence protocol */
    return rt_raise_fmt(&type_TypeError, "'%s' object isn't iterable", rt_type_name(type_of(self)));
}

static Obj instance_iternext(Obj self) {
    Obj r = call_special(self, NAME(__next__), 0, NULL);
    if (r == RT_NOT_IMPLEMENTED) {
        const Type *native = native_base(type_of(self));
        if (native->iternext)
            return native->iternext(self);
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't an iterator", rt_type_name(type_of(self)));
    }
    if (!r && rt_exc_pending_matches(&type_StopIteration)) {
        rt_exc_clear();
        return RT_STOP;
    }
    return r;
}

static Obj instance_attr(Obj self, Obj name, Obj value) {
    const Type *native = native_base(type_of(self));
    if (native->attr)
        return native->attr(self, name, value);
    return RT_NO_ATTR;
}

/* ---- type ---------------------------------------------------------------- */

static Obj type_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const Type *t = (const Type *)self;
    if (t == &type_type && n_args == 1 && n_kw == 0)
        return RT_OBJ(type_of(args[0]));
    if (t == &type_type && n_args == 3 && n_kw == 0)
        return rt_build_class(args[0], args[1], args[2], 0);
    if (!(t->flags & RT_TYPE_HEAP)) {
        if (!t->make_new)
            return rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
        return t->make_new(t, n_args, n_kw, args);
    }
    /* __new__ then __init__. */
    Obj new_fn = rt_type_lookup(t, NAME(__new__));
    Obj obj;
    size_t total = n_args + 2 * n_kw;
    if (new_fn && new_fn != RT_OBJ(&object_new_obj) && type_of(new_fn) != &type_staticmethod) {
        return rt_raise_msg(&type_TypeError, "__new__ must be a staticmethod");
    }
    if (new_fn && new_fn != RT_OBJ(&object_new_obj)) {
        Obj local[9];
        Obj *all = total < 9 ? local : rt_alloc((total + 1) * sizeof(Obj));
        if (!all)
            return 0;
        all[0] = self;
        rt_memcpy(all + 1, args, total * sizeof(Obj));
        obj = rt_call(((const Wrapper *)new_fn)->func, n_args + 1, n_kw, all);
        if (!obj)
            return 0;
        if (!rt_is_subclass(type_of(obj), t))
            return obj;
    } else {
        const Type *native = native_base(t);
        if (native != &type_object && native->make_new && !(native->flags & RT_TYPE_EXCEPTION)) {
            obj = native->make_new(t, n_args, n_kw, args);
        } else if (native->flags & RT_TYPE_EXCEPTION) {
            Exception *e = (Exception *)rt_alloc_instance(t);
            if (!e || !(e->args = rt_tuple_new(n_args, args)))
                return 0;
            obj = RT_OBJ(e);
        } else {
            obj = rt_alloc_instance(t);
        }
        if (!obj)
            return 0;
    }
    Obj init = rt_type_lookup(t, NAME(__init__));
    if (init && init != RT_OBJ(&object_init_obj) && type_of(init) != &type_builtin_method) {
        Obj local[9];
        Obj *all = total < 9 ? local : rt_alloc((total + 1) * sizeof(Obj));
        if (!all)
            return 0;
        all[0] = obj;
        rt_memcpy(all + 1, args, total * sizeof(Obj));
        Obj r = rt_call(init, n_args + 1, n_kw, all);
        if (!r)
            return 0;
        if (r != RT_NONE)
            return rt_raise_fmt(&type_TypeError, "__init__() should return None, not '%s'", rt_type_name(type_of(r)));
    } else if ((n_args || n_kw) && native_base(t) == &type_object && (!new_fn || new_fn == RT_OBJ(&object_new_obj))) {
        return rt_raise_fmt(&type_TypeError, "function takes 0 positional arguments but %d were given", (int)n_args);
    }
    return obj;
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
        return type_mro_tuple(t);
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

/* ---- building classes ------------------------------------------------------ */

Obj rt_build_class(Obj name, Obj bases, Obj namespace, Obj metaclass) {
    if (metaclass && metaclass != RT_OBJ(&type_type)) {
        Obj args[3] = { name, bases ? bases : RT_EMPTY_TUPLE, namespace };
        return rt_call(metaclass, 3, 0, args);
    }
    if (!bases || rt_tuple_len(bases) == 0) {
        Obj b = RT_OBJ(&type_object);
        bases = rt_tuple_new(1, &b);
        if (!bases)
            return 0;
    }
    if (!obj_is_str(name) || type_of(namespace) != &type_dict)
        return rt_raise_msg(&type_TypeError, "type() argument types");
    /* __new__ is implicitly a staticmethod: it is called with the class first. */
    Obj new_fn = rt_dict_get(namespace, NAME(__new__));
    if (new_fn && (type_of(new_fn) == &type_function || type_of(new_fn) == &type_closure)) {
        Obj wrapped = rt_staticmethod_new(new_fn);
        if (!wrapped || rt_dict_set(namespace, NAME(__new__), wrapped) < 0)
            return 0;
    }
    const Type *layout = NULL;
    bool has_dict = false;
    for (size_t i = 0; i < rt_tuple_len(bases); i++) {
        Obj b = rt_tuple_items(bases)[i];
        if (type_of(b) != &type_type)
            return rt_raise_msg(&type_TypeError, "bases must be types");
        const Type *bt = (const Type *)b;
        if (!(bt->flags & (RT_TYPE_BASE_OK | RT_TYPE_HEAP)))
            return rt_raise_fmt(&type_TypeError, "type '%q' is not an acceptable base type", bt->name);
        const Type *nb = native_base(bt);
        if (nb != &type_object) {
            if (layout && native_base(layout) != nb)
                return rt_raise_msg(&type_TypeError, "multiple bases have instance lay-out conflict");
            if (!layout || (bt->instance_size > layout->instance_size))
                layout = bt;
        }
        has_dict |= bt->dict_offset != 0;
    }
    if (!layout)
        layout = (const Type *)rt_tuple_items(bases)[0];
    Type *t = rt_alloc(sizeof(Type));
    if (!t)
        return 0;
    t->type = &type_type;
    t->name = rt_str_intern_obj(name);
    if (!t->name)
        return 0;
    t->flags = RT_TYPE_HEAP | RT_TYPE_BASE_OK | (layout->flags & RT_TYPE_INHERITED_FLAGS);
    t->base = layout;
    size_t base_size = layout->instance_size ? layout->instance_size : sizeof(ObjBase);
    if (layout->dict_offset) {
        t->instance_size = (uint16_t)base_size;
        t->dict_offset = layout->dict_offset;
    } else {
        t->dict_offset = (uint16_t)base_size;
        t->instance_size = (uint16_t)(base_size + sizeof(Obj));
    }
    (void)has_dict;
    t->dict = namespace;
    ((Dict *)namespace)->is_class = 1;
    rt_types_epoch++; /* attribute site caches may hold a dead class at this address */
    t->bases = bases;
    t->mro = c3_mro(t, bases);
    if (!t->mro)
        return 0;
    t->make_new = NULL;
    t->print = instance_print;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->call = instance_call;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    const Type *native = native_base(t);
    t->buffer = native->buffer;
    t->protocol = native->protocol;
    /* __module__, and __set_name__ for descriptors. */
    size_t pos = 0;
    for (DictEntry *e; (e = rt_dict_next(namespace, &pos));) {
        if (type_of(e->value)->flags & RT_TYPE_HEAP) {
            Obj set_name = rt_type_lookup(type_of(e->value), NAME(__set_name__));
            if (set_name) {
                Obj args[3] = { e->value, RT_OBJ(t), e->key };
                if (!rt_call(set_name, 3, 0, args))
                    return 0;
            }
        }
    }
    return RT_OBJ(t);
}

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
    Obj mro = type_mro_tuple(start);
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
    size_t total = n_args + 2 * n_kw;
    Obj local[9];
    Obj *all = total < 9 ? local : rt_alloc((total + 1) * sizeof(Obj));
    if (!all)
        return 0;
    all[0] = m->self;
    rt_memcpy(all + 1, args, total * sizeof(Obj));
    Obj r = rt_call(m->func, n_args + 1, n_kw, all);
    if (all != local)
        rt_free(all);
    return r;
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

Obj rt_property_new(Obj fget, Obj fset, Obj fdel) {
    Property *p = rt_alloc_obj(&type_property, sizeof(Property));
    if (!p)
        return 0;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    return RT_OBJ(p);
}

static Obj property_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    Obj f[3] = { RT_NONE, RT_NONE, RT_NONE };
    if (n_args > 4)
        return rt_raise_msg(&type_TypeError, "function takes at most 4 arguments");
    for (size_t i = 0; i < n_args && i < 3; i++)
        f[i] = args[i];
    for (size_t i = 0; i < n_kw; i++) {
        Obj k = args[n_args + 2 * i];
        Obj v = args[n_args + 2 * i + 1];
        if (k == NAME(fget)) f[0] = v;
        else if (k == NAME(fset)) f[1] = v;
        else if (k == NAME(fdel)) f[2] = v;
        else if (k != NAME(__doc__)) return rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", k);
    }
    return rt_property_new(f[0], f[1], f[2]);
}

static Obj property_with(Obj self, Obj func, int which) {
    const Property *p = (const Property *)self;
    Obj f[3] = { p->fget, p->fset, p->fdel };
    f[which] = func;
    return rt_property_new(f[0], f[1], f[2]);
}
static Obj property_getter(Obj self, Obj f) { return property_with(self, f, 0); }
static Obj property_setter(Obj self, Obj f) { return property_with(self, f, 1); }
static Obj property_deleter(Obj self, Obj f) { return property_with(self, f, 2); }
static RT_METHOD2(property_getter_obj, property_getter);
static RT_METHOD2(property_setter_obj, property_setter);
static RT_METHOD2(property_deleter_obj, property_deleter);

static const AttrEntry property_attrs[] = {
    { NAME(getter), RT_OBJ(&property_getter_obj) },
    { NAME(setter), RT_OBJ(&property_setter_obj) },
    { NAME(deleter), RT_OBJ(&property_deleter_obj) },
};

static Obj property_attr(Obj self, Obj name, Obj value) {
    const Property *p = (const Property *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(fget)) return p->fget;
    if (name == NAME(fset)) return p->fset;
    if (name == NAME(fdel)) return p->fdel;
    return RT_NO_ATTR;
}

const Type type_property = {
    .type = &type_type, .name = NAME(property), .base = &type_object,
    .n_attrs = sizeof property_attrs / sizeof property_attrs[0], .attrs = property_attrs,
    .make_new = property_make_new, .attr = property_attr,
};
