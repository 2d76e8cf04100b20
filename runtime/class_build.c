/* User classes, linked only when the program can make one (a class
 * statement, or type() with three arguments: backend-c/reach.c): the class
 * builder, the C3 MRO and the slots of instances, which dispatch to
 * special methods. type.__call__ (class.c) refers to rt_build_class weakly. */
#include "rt_internal.h"
#include "methods.h"
Obj rt_getitem_iter_new(Obj seq); /* iterators.c */


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
        Obj m = rt_type_mro_tuple((const Type *)rt_tuple_items(bases)[i]);
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
    if (type_of(f) == &type_builtin_method && rt_native_base(t) != &type_object)
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
        if (f && is_object_default(f, &rt_object_str_obj)) {
            if (t->flags & RT_TYPE_STR_LIKE)
                return type_str.print(s, self, kind);
            f = 0;
        }
    }
    if (!f)
        f = rt_type_lookup(t, NAME(__repr__));
    const Type *native = rt_native_base(t);
    if (!f || is_object_default(f, &rt_object_repr_obj) || (type_of(f) == &type_builtin_method && native != &type_object)) {
        if (native != &type_object && native->print)
            return native->print(s, self, kind);
        return rt_object_print(s, self, kind);
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
        if (h && !is_object_default(h, &rt_object_hash_obj)) {
            Obj r = call_special(self, NAME(__hash__), 0, NULL);
            if (r == RT_NOT_IMPLEMENTED)
                goto native;
            if (r && !obj_is_int(r))
                return rt_raise_msg(&type_TypeError, "__hash__ should return an int");
            return r && !obj_is_small(r) ? small_from((intptr_t)(rt_int_hash(r) & (uintptr_t)RT_SMALL_MAX)) : r;
        }
        Obj eq = rt_type_lookup(t, NAME(__eq__));
        if (eq && !is_object_default(eq, &rt_object_eq_obj) && type_of(eq) != &type_builtin_method)
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
        const Type *native = rt_native_base(t);
        if (native != &type_object && native->unary_op)
            return native->unary_op(op, self);
        if (op == RT_UNARY_HASH)
            return rt_object_hash(self);
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
        const Type *native = rt_native_base(type_of(self));
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
    const Type *native = rt_native_base(type_of(self));
    if (native->subscr)
        return native->subscr(self, index, value);
    const char *what = !value ? "isn't subscriptable" : value == RT_DELETE ? "doesn't support item deletion" : "doesn't support item assignment";
    return rt_raise_fmt(&type_TypeError, "'%s' object %s", rt_type_name(type_of(self)), what);
}

static Obj instance_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    Obj f = rt_type_lookup(type_of(self), NAME(__call__));
    if (!f) {
        const Type *native = rt_native_base(type_of(self));
        if (native->call)
            return native->call(self, n_args, n_kw, args);
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't callable", rt_type_name(type_of(self)));
    }
    if (!(type_of(f)->flags & RT_TYPE_BINDS_SELF))
        return rt_call(rt_bind_to(f, self, type_of(self)), n_args, n_kw, args);
    return rt_call_with_self(f, self, n_args, n_kw, args);
}

static Obj instance_getiter(Obj self) {
    Obj r = call_special(self, NAME(__iter__), 0, NULL);
    if (r != RT_NOT_IMPLEMENTED)
        return r;
    const Type *native = rt_native_base(type_of(self));
    if (native->getiter)
        return native->getiter(self);
    if (rt_type_lookup(type_of(self), NAME(__getitem__)))
        return rt_getitem_iter_new(self);   /* iterators.c: the sequence protocol */
    return rt_raise_fmt(&type_TypeError, "'%s' object isn't iterable", rt_type_name(type_of(self)));
}

static Obj instance_iternext(Obj self) {
    Obj r = call_special(self, NAME(__next__), 0, NULL);
    if (r == RT_NOT_IMPLEMENTED) {
        const Type *native = rt_native_base(type_of(self));
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
    const Type *native = rt_native_base(type_of(self));
    if (native->attr)
        return native->attr(self, name, value);
    return RT_NO_ATTR;
}

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
        const Type *nb = rt_native_base(bt);
        if (nb != &type_object) {
            if (layout && rt_native_base(layout) != nb)
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
    const Type *native = rt_native_base(t);
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

/* ---- calling a user class: __new__ then __init__ (type.__call__) ------------ */


Obj rt_heap_type_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const Type *t = (const Type *)self;
    /* __new__ then __init__. */
    Obj new_fn = rt_type_lookup(t, NAME(__new__));
    Obj obj;
    if (new_fn && new_fn != RT_OBJ(&rt_object_new_obj) && type_of(new_fn) != &type_staticmethod) {
        return rt_raise_msg(&type_TypeError, "__new__ must be a staticmethod");
    }
    if (new_fn && new_fn != RT_OBJ(&rt_object_new_obj)) {
        obj = rt_call_with_self(((const Wrapper *)new_fn)->func, self, n_args, n_kw, args);
        if (!obj)
            return 0;
        if (!rt_is_subclass(type_of(obj), t))
            return obj;
    } else {
        const Type *native = rt_native_base(t);
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
    if (init && init != RT_OBJ(&rt_object_init_obj) && type_of(init) != &type_builtin_method) {
        Obj r = rt_call_with_self(init, obj, n_args, n_kw, args);
        if (!r)
            return 0;
        if (r != RT_NONE)
            return rt_raise_fmt(&type_TypeError, "__init__() should return None, not '%s'", rt_type_name(type_of(r)));
    } else if ((n_args || n_kw) && rt_native_base(t) == &type_object && (!new_fn || new_fn == RT_OBJ(&rt_object_new_obj))) {
        return rt_raise_fmt(&type_TypeError, "function takes 0 positional arguments but %d were given", (int)n_args);
    }
    return obj;
}
