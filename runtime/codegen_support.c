/* Helpers called by compiled code (see codegen_support.h). */
#include "codegen_support.h"

#include "datatypes.h"

Obj mpyc_set_new(size_t n, const Obj *items) {
    Obj s = rt_set_new(&type_set);
    for (size_t i = 0; s && i < n; i++)
        if (rt_set_add(s, items[i]) < 0)
            return 0;
    return s;
}

int mpyc_set_add(Obj set, Obj item) {
    return rt_set_add(set, item);
}

int mpyc_set_update(Obj set, Obj iterable) {
    return rt_set_update(set, iterable);
}

int mpyc_list_extend(Obj list, Obj iterable) {
    return rt_list_extend(list, iterable);
}

int mpyc_dict_update(Obj dict, Obj mapping, int is_kwargs) {
    if (obj_is_type(mapping, &type_dict)) {
        size_t pos = 0;
        DictEntry *e;
        while ((e = rt_dict_next(mapping, &pos)))
            if (rt_dict_set(dict, e->key, e->value) < 0)
                return -1;
        return 0;
    }
    if (is_kwargs && !rt_lookup_special(mapping, NAME(keys))) {
        rt_raise_fmt(&type_TypeError, "argument after ** must be a mapping, not %T", mapping);
        return -1;
    }
    return rt_dict_update(dict, 1, 0, &mapping) ? 0 : -1;
}

Obj mpyc_slice_new(Obj lower, Obj upper, Obj step) {
    return rt_slice_new(lower ? lower : RT_NONE, upper ? upper : RT_NONE, step ? step : RT_NONE);
}

/* The items of seq into buf (up to max), counting all of them in *count
 * only as far as needed to report the error MicroPython reports. */
Obj mpyc_unpack(Obj seq, size_t n) {
    if (obj_is_type(seq, &type_tuple) || obj_is_type(seq, &type_list)) {
        size_t len = obj_is_type(seq, &type_tuple) ? rt_tuple_len(seq) : ((List *)seq)->len;
        const Obj *items = obj_is_type(seq, &type_tuple) ? rt_tuple_items(seq) : ((List *)seq)->items;
        if (len < n)
            return rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)len);
        if (len > n)
            return rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %d)", (int)n);
        return obj_is_type(seq, &type_tuple) ? seq : rt_tuple_new(n, items);
    }
    Obj out = rt_tuple_new(n, NULL);
    Obj it = out ? rt_getiter(seq) : 0;
    if (!it)
        return 0;
    for (size_t i = 0; i < n; i++) {
        Obj x = rt_iternext(it);
        if (!x)
            return 0;
        if (x == RT_STOP)
            return rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)i);
        rt_tuple_items(out)[i] = x;
    }
    Obj extra = rt_iternext(it);
    if (!extra)
        return 0;
    if (extra != RT_STOP)
        return rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %d)", (int)n);
    return out;
}

Obj mpyc_unpack_ex(Obj seq, size_t before, size_t after) {
    Obj all = rt_list_from_iterable(seq);
    if (!all)
        return 0;
    List *l = (List *)all;
    if (l->len < before + after)
        return rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)l->len);
    Obj out = rt_tuple_new(before + 1 + after, NULL);
    if (!out)
        return 0;
    Obj *items = rt_tuple_items(out);
    for (size_t i = 0; i < before; i++)
        items[i] = l->items[i];
    Obj mid = rt_list_new(l->len - before - after, l->items + before);
    if (!mid)
        return 0;
    items[before] = mid;
    for (size_t i = 0; i < after; i++)
        items[before + 1 + i] = l->items[l->len - after + i];
    return out;
}

Obj mpyc_import(Obj dotted, int leaf) {
    const char *s = rt_str_data(dotted);
    size_t len = rt_str_len(dotted);
    Obj top = 0, parent = 0, m = 0;
    for (size_t end = 0; end <= len; end++) {
        if (end < len && s[end] != '.')
            continue;
        Obj name = end == len ? dotted : rt_str_intern(s, end);
        if (!name || !(m = rt_import(name)))
            return 0;
        if (parent) {
            size_t start = end;
            while (start > 0 && s[start - 1] != '.')
                start--;
            Obj attr = rt_str_intern(s + start, end - start);
            if (!attr)
                return 0;
            if (((Module *)parent)->globals && rt_dict_set(((Module *)parent)->globals, attr, m) < 0)
                return 0;
        }
        if (!top)
            top = m;
        parent = m;
    }
    return leaf ? m : top;
}

Obj mpyc_import_from(Obj module, Obj name) {
    Obj v = rt_load_attr_default(module, name, 0);
    if (v || rt_exc_pending())
        return v;
    Obj modname = ((Module *)module)->name;
    StrBuf b;
    rt_strbuf_init(&b, 32);
    rt_stream_write(&b.stream, rt_str_data(modname), rt_str_len(modname));
    rt_stream_write(&b.stream, ".", 1);
    rt_stream_write(&b.stream, rt_str_data(name), rt_str_len(name));
    Obj full = rt_strbuf_to_str(&b);
    if (!full || !(full = rt_str_intern_obj(full)))
        return 0;
    bool known = false;
    for (size_t i = 0; i < rt_image_modules_count; i++)
        if (rt_str_equal(rt_image_modules[i].name, full))
            known = true;
    if (!known)
        return rt_raise_fmt(&type_ImportError, "cannot import name %q", name);
    Obj sub = mpyc_import(full, 1);
    if (sub && ((Module *)module)->globals && rt_dict_set(((Module *)module)->globals, name, sub) < 0)
        return 0;
    return sub;
}

static bool is_public(Obj name) {
    return obj_is_str(name) && !(rt_str_len(name) > 0 && rt_str_data(name)[0] == '_');
}

int mpyc_import_star(Obj module, Obj globals) {
    const Module *m = (const Module *)module;
    if (m->globals) {
        size_t pos = 0;
        DictEntry *e;
        while ((e = rt_dict_next(m->globals, &pos)))
            if (is_public(e->key) && rt_dict_set(globals, e->key, e->value) < 0)
                return -1;
        return 0;
    }
    for (size_t i = 0; i < m->n_attrs; i++)
        if (is_public(m->attrs[i].name) && rt_dict_set(globals, m->attrs[i].name, m->attrs[i].value) < 0)
            return -1;
    return 0;
}

/* str_format.c: the image anchors it when the program has an f-string */
#pragma weak rt_format
Obj mpyc_format(Obj value, int conversion, Obj spec) {
    if (conversion == 'r' || conversion == 'a')
        value = rt_repr(value);
    else if (conversion == 's')
        value = rt_str(value);
    if (!value)
        return 0;
    if (!spec || (obj_is_str(spec) && rt_str_len(spec) == 0))
        return obj_is_str(value) ? value : rt_str(value);
    return rt_format(value, spec);
}

Obj mpyc_str_join(size_t n, const Obj *parts) {
    if (n == 1 && obj_is_str(parts[0]))
        return parts[0];
    StrBuf b;
    rt_strbuf_init(&b, 32);
    for (size_t i = 0; i < n; i++)
        if (rt_stream_write(&b.stream, rt_str_data(parts[i]), rt_str_len(parts[i])) < 0)
            return 0;
    return rt_strbuf_to_str(&b);
}

Obj mpyc_recursion_error(void) {
    return rt_raise_msg(&type_RuntimeError, "maximum recursion depth exceeded");
}

Obj mpyc_reraise_current(void) {
    if (rt_state.handling)
        return rt_raise(rt_state.handling);
    return rt_raise_msg(&type_RuntimeError, "No active exception to reraise");
}

void mpyc_set_argv(int argc, char **argv) {
    Obj list = rt_list_new(0, NULL);
    for (int i = 0; list && i < argc; i++) {
        Obj s = rt_str_from_cstr(argv[i]);
        if (!s || rt_list_append(list, s) < 0)
            list = 0;
    }
    if (list)
        rt_state.argv = list;
    else
        rt_exc_clear();
}

Obj mpyc_global_load_slow(Obj globals, Obj name, MpycGlobalSite *site) {
    Dict *d = (Dict *)globals;
    Obj *slot = rt_dict_slot(globals, name);
    if (slot && *slot) {
        site->index = (uint32_t)((const DictEntry *)((const char *)slot - offsetof(DictEntry, value)) - d->entries);
        return *slot;
    }
    if (rt_exc_pending())
        return 0;
    Obj v = rt_builtin_lookup(name);
    if (!v)
        return rt_raise_name_error(name);
    if (!rt_gc_is_heap_block((const void *)v)) {
        site->builtin = v;
        site->epoch = rt_globals_epoch;
    }
    return v;
}
