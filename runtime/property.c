/* property: its own file, so that a firmware links it only when the program
 * names it (the builtin `property`); attribute lookup (attr.c) refers to
 * type_property weakly. */
#include "rt_internal.h"

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
