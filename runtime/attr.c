/* Attribute access: instance dicts, class MRO lookup, descriptors
 * (functions bind, staticmethod, classmethod, property, __get__/__set__),
 * __getattr__ / __setattr__ / __delattr__ hooks, method calls. */
#include "rt_internal.h"

/* property.c is linked only when the program names property: the checks
 * below need no property when none can exist */
#pragma weak type_property

/* A zero name ends a table early: a firmware image's pruned method tables
 * (methods.h) hold only the entries it links, then a zero entry. */
Obj rt_attr_table_lookup(const AttrEntry *attrs, size_t n, Obj name) {
    for (size_t i = 0; i < n && attrs[i].name; i++)
        if (attrs[i].name == name)
            return attrs[i].value;
    return 0;
}

Obj rt_type_own_lookup(const Type *t, Obj name) {
    if (t->flags & RT_TYPE_HEAP)
        return rt_dict_get(t->dict, name);
    return t->attrs ? rt_attr_table_lookup(t->attrs, t->n_attrs, name) : 0;
}

Obj rt_type_lookup(const Type *type, Obj name) {
    if (type->flags & RT_TYPE_HEAP) {
        const Tuple *mro = (const Tuple *)type->mro;
        for (size_t i = 0; i < mro->len; i++) {
            Obj v = rt_type_own_lookup((const Type *)mro->items[i], name);
            if (v)
                return v;
        }
        return 0;
    }
    for (const Type *t = type; t; t = t->base) {
        Obj v = rt_type_own_lookup(t, name);
        if (v)
            return v;
    }
    return 0;
}

Obj rt_instance_dict(Obj obj) {
    if (obj_is_small(obj))
        return 0;
    const Type *t = type_of(obj);
    if (!t->dict_offset)
        return 0;
    size_t offset = t->dict_offset;
    if (t->flags & RT_TYPE_TUPLE_LIKE)
        offset += rt_tuple_len(obj) * sizeof(Obj);
    return *(Obj *)((char *)obj + offset);
}

static bool is_data_descriptor(Obj v) {
    const Type *t = type_of(v);
    if (t == &type_property)
        return true;
    return (t->flags & RT_TYPE_HEAP) && rt_type_lookup(t, NAME(__set__));
}

/* Applies the descriptor protocol to a class attribute found for self
 * (self == 0: looked up on the class itself). */
Obj rt_bind_to(Obj value, Obj self, const Type *cls) {
    const Type *vt = type_of(value);
    if (vt->flags & RT_TYPE_BINDS_SELF)
        return self ? rt_bound_method_new(self, value) : value;
    if (vt == &type_staticmethod)
        return ((const Wrapper *)value)->func;
    if (vt == &type_classmethod)
        return rt_bound_method_new(RT_OBJ(cls), ((const Wrapper *)value)->func);
    if (vt == &type_property) {
        if (!self)
            return value;
        Obj fget = ((const Property *)value)->fget;
        if (!fget || fget == RT_NONE)
            return rt_raise_msg(&type_AttributeError, "unreadable attribute");
        return rt_call1(fget, self);
    }
    if (vt->flags & RT_TYPE_HEAP) {
        Obj get = rt_type_lookup(vt, NAME(__get__));
        if (get) {
            Obj args[3] = { value, self ? self : RT_NONE, RT_OBJ(cls) };
            return rt_call(get, 3, 0, args);
        }
    }
    return value;
}

/* Lookup on a class object (cls.name): MRO, then type's own attributes. */
static Obj class_getattr(const Type *cls, Obj name) {
    Obj v = rt_type_lookup(cls, name);
    if (v)
        return rt_bind_to(v, 0, cls);
    return RT_NO_ATTR;
}

/* The generic path; RT_NO_ATTR when missing. */
Obj rt_generic_getattr(Obj obj, Obj name) {
    const Type *t = type_of(obj);
    if (rt_is_subclass(t, &type_type)) {
        Obj v = class_getattr((const Type *)obj, name);
        if (v != RT_NO_ATTR)
            return v;
    }
    Obj cls_value = rt_type_lookup(t, name);
    if (cls_value && is_data_descriptor(cls_value))
        return rt_bind_to(cls_value, obj, t);
    Obj dict = rt_instance_dict(obj);
    if (dict) {
        Obj v = rt_dict_get(dict, name);
        if (v)
            return v;
    }
    if (cls_value)
        return rt_bind_to(cls_value, obj, t);
    if (name == NAME(__class__))
        return RT_OBJ(t);
    if (name == NAME(__dict__) && dict)
        return dict;
    return RT_NO_ATTR;
}

static Obj load_attr(Obj obj, Obj name) {
    const Type *t = type_of(obj);
    if (t->attr) {
        Obj r = t->attr(obj, name, 0);
        if (r != RT_NO_ATTR)
            return r;
    }
    Obj r = rt_generic_getattr(obj, name);
    if (r != RT_NO_ATTR || !(t->flags & RT_TYPE_HEAP))
        return r;
    Obj hook = rt_type_lookup(t, NAME(__getattr__));
    if (hook) {
        Obj args[2] = { obj, name };
        return rt_call(hook, 2, 0, args);
    }
    return RT_NO_ATTR;
}

Obj rt_load_attr(Obj obj, Obj name) {
    Obj r = load_attr(obj, name);
    if (r == RT_NO_ATTR)
        return rt_raise_attr_error(obj, name);
    return r;
}

Obj rt_load_attr_default(Obj obj, Obj name, Obj deflt) {
    Obj r = load_attr(obj, name);
    if (r == RT_NO_ATTR)
        return deflt;
    if (!r && rt_exc_pending_matches(&type_AttributeError)) {
        rt_exc_clear();
        return deflt;
    }
    return r;
}

int rt_load_method(Obj obj, Obj name, Obj dest[2]) {
    const Type *t = type_of(obj);
    if ((!t->attr && !rt_is_subclass(t, &type_type)) || rt_type_is_plain_class(t)) {
        Obj v = rt_type_lookup(t, name);
        if (v && (type_of(v)->flags & RT_TYPE_BINDS_SELF)) {
            Obj dict = rt_instance_dict(obj);
            if (!dict || !rt_dict_get(dict, name)) {
                dest[0] = v;
                dest[1] = obj;
                return 1;
            }
        }
    }
    Obj v = rt_load_attr(obj, name);
    if (!v)
        return 0;
    dest[0] = v;
    dest[1] = 0;
    return 1;
}

Obj rt_call_method(Obj obj, Obj name, size_t n_args, size_t n_kw, const Obj *args) {
    Obj dest[2];
    if (!rt_load_method(obj, name, dest))
        return 0;
    if (!dest[1])
        return rt_call(dest[0], n_args, n_kw, args);
    return rt_call_with_self(dest[0], dest[1], n_args, n_kw, args);
}

Obj rt_call_with_self(Obj f, Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    size_t total = n_args + 2 * n_kw;
    Obj local[9];
    Obj *all = total < 9 ? local : rt_alloc((total + 1) * sizeof(Obj));
    if (!all)
        return 0;
    all[0] = self;
    rt_memcpy(all + 1, args, total * sizeof(Obj));
    Obj r = rt_call(f, n_args + 1, n_kw, all);
    if (all != local)
        rt_free(all);
    return r;
}

Obj rt_lookup_special(Obj obj, Obj name) {
    return rt_type_lookup(type_of(obj), name);
}

/* ---- store / delete ------------------------------------------------------- */

int rt_generic_setattr(Obj obj, Obj name, Obj value) {
    const Type *t = type_of(obj);
    if (t == &type_type || (rt_is_subclass(t, &type_type))) {
        const Type *cls = (const Type *)obj;
        if (!(cls->flags & RT_TYPE_HEAP)) {
            rt_raise_fmt(&type_AttributeError, "can't set attribute");
            return -1;
        }
        if (value == RT_DELETE) {
            if (!rt_dict_remove(cls->dict, name)) {
                if (!rt_exc_pending())
                    rt_raise_attr_error(obj, name);
                return -1;
            }
            return 0;
        }
        return rt_dict_set(cls->dict, name, value);
    }
    Obj cls_value = rt_type_lookup(t, name);
    if (cls_value && type_of(cls_value) == &type_property) {
        const Property *p = (const Property *)cls_value;
        Obj f = value == RT_DELETE ? p->fdel : p->fset;
        if (!f || f == RT_NONE) {
            rt_raise_msg(&type_AttributeError, "can't set attribute");
            return -1;
        }
        if (value == RT_DELETE)
            return rt_call1(f, obj) ? 0 : -1;
        return rt_call2(f, obj, value) ? 0 : -1;
    }
    if (cls_value && (type_of(cls_value)->flags & RT_TYPE_HEAP)) {
        Obj set = rt_type_lookup(type_of(cls_value), value == RT_DELETE ? NAME(__delete__) : NAME(__set__));
        if (set) {
            Obj args[3] = { cls_value, obj, value };
            return rt_call(set, value == RT_DELETE ? 2 : 3, 0, args) ? 0 : -1;
        }
    }
    Obj dict = rt_instance_dict(obj);
    if (!dict) {
        rt_raise_attr_error(obj, name);
        return -1;
    }
    if (value == RT_DELETE) {
        if (!rt_dict_remove(dict, name)) {
            if (!rt_exc_pending())
                rt_raise_attr_error(obj, name);
            return -1;
        }
        return 0;
    }
    return rt_dict_set(dict, name, value);
}

static int store(Obj obj, Obj name, Obj value) {
    const Type *t = type_of(obj);
    if (t->attr) {
        Obj r = t->attr(obj, name, value);
        if (r != RT_NO_ATTR)
            return r ? 0 : -1;
    }
    if (t->flags & RT_TYPE_HEAP) {
        Obj hook = rt_type_lookup(t, value == RT_DELETE ? NAME(__delattr__) : NAME(__setattr__));
        if (hook && hook != RT_OBJ(&rt_object_setattr_obj) && hook != RT_OBJ(&rt_object_delattr_obj) && !rt_is_subclass(t, &type_type)) {
            Obj args[3] = { obj, name, value };
            return rt_call(hook, value == RT_DELETE ? 2 : 3, 0, args) ? 0 : -1;
        }
    }
    return rt_generic_setattr(obj, name, value);
}

int rt_store_attr(Obj obj, Obj name, Obj value) { return store(obj, name, value); }
int rt_delete_attr(Obj obj, Obj name) { return store(obj, name, RT_DELETE); }

/* ---- site caches for generated code ---------------------------------------- */

/* Position of key (interned) in a dict's entries, by identity, or -1. */
static int32_t entry_position(const Dict *d, Obj key) {
    for (uint32_t i = 0; i < d->filled; i++)
        if (d->entries[i].key == key)
            return (int32_t)i;
    return -1;
}

/* Points the site at name's entry in obj's instance dict, if it has one. */
static void remember_dict_position(RtAttrSite *site, Obj obj, const Type *t, Obj name) {
    Obj dict = *(Obj *)((char *)obj + t->dict_offset);
    int32_t i = dict ? entry_position((const Dict *)dict, name) : -1;
    if (i >= 0) {
        site->type = t;
        site->epoch = rt_types_epoch;
        site->index = (uint32_t)i;
    }
}

Obj rt_load_attr_site(Obj obj, Obj name, RtAttrSite *site) {
    Obj v = rt_load_attr(obj, name);
    const Type *t;
    if (!v || obj_is_small(obj) || !rt_type_is_plain_class(t = type_of(obj)) || rt_type_lookup(t, name))
        return v;
    remember_dict_position(site, obj, t, name);
    return v;
}

int rt_store_attr_site(Obj obj, Obj name, Obj value, RtAttrSite *site) {
    if (rt_store_attr(obj, name, value) < 0)
        return -1;
    const Type *t;
    if (obj_is_small(obj) || !rt_type_is_plain_class(t = type_of(obj)) || rt_type_lookup(t, name))
        return 0;
    Obj hook = rt_type_lookup(t, NAME(__setattr__));
    if (hook && hook != RT_OBJ(&rt_object_setattr_obj))
        return 0;
    remember_dict_position(site, obj, t, name);
    return 0;
}

Obj rt_call_method_site(Obj obj, Obj name, size_t n_args, const Obj *args, RtAttrSite *site) {
    if (!obj_is_small(obj)) {
        const Type *t = type_of(obj);
        if (rt_type_is_plain_class(t)) {
            const Tuple *mro = (const Tuple *)t->mro;
            for (size_t k = 0; k < mro->len; k++) {
                const Type *c = (const Type *)mro->items[k];
                if (!(c->flags & RT_TYPE_HEAP)) {
                    if (rt_type_own_lookup(c, name))
                        break;
                    continue;
                }
                int32_t i = entry_position((const Dict *)c->dict, name);
                if (i >= 0) {
                    const Type *ft = type_of(((const Dict *)c->dict)->entries[i].value);
                    if (ft == &type_function || ft == &type_closure) {
                        site->type = t;
                        site->epoch = rt_types_epoch;
                        site->owner = (const Dict *)c->dict;
                        site->index = (uint32_t)i;
                    }
                    break;
                }
                if (rt_dict_get(c->dict, name))
                    break; /* found under a key that is not the interned name */
            }
        }
    }
    return rt_call_method(obj, name, n_args, 0, args);
}
