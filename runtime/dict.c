/* The dict core: insertion-ordered entries plus an open-addressing index
 * (entry positions + 1, 0 = empty slot; 8-, 16- or 32-bit slots, the
 * narrowest that holds alloc + 1) stored after the entries in the same GC
 * block, used once a dict holds more than LINEAR_MAX entries.
 * Used by namespaces, instance dicts, kwargs and the intern table. The
 * data-types engineer adds methods, views and iteration on top. */
#include "datatypes.h"
#include "hooks.h"

#define LINEAR_MAX 8

uintptr_t rt_globals_epoch;
uintptr_t rt_types_epoch;

Obj rt_dict_new(size_t capacity) {
    Dict *d = rt_alloc_obj(&type_dict, sizeof(Dict));
    if (!d)
        return 0;
    if (capacity) {
        d->entries = rt_alloc(capacity * sizeof(DictEntry));
        if (!d->entries)
            return 0;
        d->alloc = (uint32_t)capacity;
    }
    return RT_OBJ(d);
}

int rt_hash_key(Obj key, uintptr_t *out) {
    if (obj_is_small(key)) {
        *out = (uintptr_t)small_value(key);
        return 0;
    }
    if (obj_is_str(key)) {
        *out = ((const Str *)key)->hash;
        return 0;
    }
    Obj h = rt_hash(key);
    if (!h)
        return -1;
    *out = (uintptr_t)small_value(h);
    return 0;
}

/* 1 equal, 0 not, -1 raised; a and b are different objects. Strs are
 * told apart by their stored hash before their text (no call). */
static inline int keys_equal(Obj a, Obj b) {
    if (obj_is_small(a)) {
        if (obj_is_small(b))
            return 0;
    } else if (obj_is_str(a) && obj_is_str(b)) {
        const Str *x = (const Str *)a, *y = (const Str *)b;
        if ((x->is_interned && y->is_interned) || x->hash != y->hash || x->len != y->len)
            return 0;
        return rt_memcmp(x->data, y->data, x->len) == 0;
    }
    return rt_equal(a, b);
}

/* Bytes per index slot for an entry capacity of alloc. */
static inline size_t index_width(size_t alloc) {
    return alloc < 0xFF ? 1 : alloc < 0xFFFF ? 2 : 4;
}

static inline uint32_t index_get(const Dict *d, size_t slot) {
    const void *index = d->entries + d->alloc;
    switch (index_width(d->alloc)) {
    case 1: return ((const uint8_t *)index)[slot];
    case 2: return ((const uint16_t *)index)[slot];
    default: return ((const uint32_t *)index)[slot];
    }
}

static inline void index_set(Dict *d, size_t slot, size_t entry_plus_one) {
    void *index = d->entries + d->alloc;
    switch (index_width(d->alloc)) {
    case 1: ((uint8_t *)index)[slot] = (uint8_t)entry_plus_one; break;
    case 2: ((uint16_t *)index)[slot] = (uint16_t)entry_plus_one; break;
    default: ((uint32_t *)index)[slot] = (uint32_t)entry_plus_one; break;
    }
}

static inline size_t mix(uintptr_t h) {
    h ^= h >> 16;
    return (size_t)(h * 0x45d9f3bu);
}

/* Finds key: returns its entry position, SIZE_MAX when missing, or
 * SIZE_MAX - 1 when hashing/comparison raised. *slot_out (index dicts)
 * gets the index slot where the key is or would go. */
#define LOOKUP_ERROR (SIZE_MAX - 1)
static size_t lookup(const Dict *d, Obj key, uintptr_t hash, size_t *slot_out) {
    if (d->index_bits == 0) {
        /* names are interned: identity finds most keys without comparing */
        for (size_t i = 0; i < d->filled; i++)
            if (d->entries[i].key == key)
                return i;
        for (size_t i = 0; i < d->filled; i++) {
            Obj k = d->entries[i].key;
            if (!k || k == key)
                continue;
            int eq = keys_equal(k, key);
            if (eq < 0)
                return LOOKUP_ERROR;
            if (eq)
                return i;
        }
        return SIZE_MAX;
    }
    size_t mask = ((size_t)1 << d->index_bits) - 1;
    size_t slot = mix(hash) & mask;
    for (;;) {
        uint32_t e = index_get(d, slot);
        if (e == 0) {
            if (slot_out)
                *slot_out = slot;
            return SIZE_MAX;
        }
        Obj k = d->entries[e - 1].key;
        if (k) {
            int eq = k == key ? 1 : keys_equal(k, key);
            if (eq < 0)
                return LOOKUP_ERROR;
            if (eq) {
                if (slot_out)
                    *slot_out = slot;
                return e - 1;
            }
        }
        slot = (slot + 1) & mask;
    }
}

/* Rebuilds storage for at least `need` live entries, dropping deleted ones. */
static int resize(Dict *d, size_t need) {
    size_t alloc = need < 4 ? 4 : need + need / 2;
    unsigned bits = 0;
    if (alloc > LINEAR_MAX) {
        bits = 3;
        while (((size_t)1 << bits) < alloc * 2)
            bits++;
    }
    size_t bytes = alloc * sizeof(DictEntry) + (bits ? ((size_t)1 << bits) * index_width(alloc) : 0);
    DictEntry *fresh = rt_alloc(bytes);
    if (!fresh)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < d->filled; i++)
        if (d->entries[i].key)
            fresh[n++] = d->entries[i];
    DictEntry *old = d->entries;
    d->entries = fresh;
    d->alloc = (uint32_t)alloc;
    d->filled = (uint32_t)n;
    d->index_bits = bits;
    if (bits) {
        size_t mask = ((size_t)1 << bits) - 1;
        for (size_t i = 0; i < n; i++) {
            uintptr_t h;
            if (rt_hash_key(fresh[i].key, &h) < 0)
                return -1;
            size_t slot = mix(h) & mask;
            while (index_get(d, slot))
                slot = (slot + 1) & mask;
            index_set(d, slot, i + 1);
        }
    }
    rt_free(old);
    return 0;
}

Obj *rt_dict_slot(Obj dict, Obj key) {
    Dict *d = (Dict *)dict;
    uintptr_t h = 0;
    /* Hash even without an index: an unhashable key is a TypeError. */
    if (rt_hash_key(key, &h) < 0)
        return NULL;
    size_t i = lookup(d, key, h, NULL);
    if (i >= LOOKUP_ERROR)
        return NULL;
    return &d->entries[i].value;
}

Obj rt_dict_get(Obj dict, Obj key) {
    Obj *slot = rt_dict_slot(dict, key);
    return slot ? *slot : 0;
}

int rt_dict_set(Obj dict, Obj key, Obj value) {
    Dict *d = (Dict *)dict;
    if (d->fixed) {
        rt_raise_msg(&type_TypeError, "'dict' object doesn't support item assignment");
        return -1;
    }
    uintptr_t h;
    if (rt_hash_key(key, &h) < 0)
        return -1;
    size_t slot = 0;
    size_t i = lookup(d, key, h, &slot);
    if (i == LOOKUP_ERROR)
        return -1;
    if (i != SIZE_MAX) {
        d->entries[i].value = value;
        return 0;
    }
    if (d->filled >= d->alloc) {
        if (resize(d, (size_t)d->used + 1) < 0)
            return -1;
        if (d->index_bits) {
            i = lookup(d, key, h, &slot);
            if (i == LOOKUP_ERROR)
                return -1;
        }
    }
    if (d->is_globals)
        rt_globals_epoch++;
    if (d->is_class)
        rt_types_epoch++;
    size_t pos = d->filled++;
    d->entries[pos].key = key;
    d->entries[pos].value = value;
    d->used++;
    if (d->index_bits)
        index_set(d, slot, pos + 1);
    return 0;
}

Obj rt_dict_remove(Obj dict, Obj key) {
    Dict *d = (Dict *)dict;
    uintptr_t h = 0;
    if (rt_hash_key(key, &h) < 0)
        return 0;
    size_t i = lookup(d, key, h, NULL);
    if (i >= LOOKUP_ERROR)
        return 0;
    Obj v = d->entries[i].value;
    /* The index keeps pointing at the dead entry: probes skip key 0. */
    d->entries[i].key = 0;
    d->entries[i].value = 0;
    d->used--;
    if (i + 1 == d->filled && !d->index_bits)
        d->filled--;
    return v;
}

DictEntry *rt_dict_next(Obj dict, size_t *pos) {
    Dict *d = (Dict *)dict;
    while (*pos < d->filled) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key)
            return e;
    }
    return NULL;
}

void rt_dict_clear(Obj dict) {
    Dict *d = (Dict *)dict;
    if (d->entries)
        rt_memset(d->entries, 0, d->alloc * sizeof(DictEntry) + (d->index_bits ? ((size_t)1 << d->index_bits) * sizeof(uint32_t) : 0));
    d->used = d->filled = 0;
}

/* ---- the dict type (core slots) -------------------------------------------- */

static int dict_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    if (rt_stream_write(s, "{", 1) < 0)
        return -1;
    size_t pos = 0;
    bool first = true;
    for (DictEntry *e; (e = rt_dict_next(self, &pos));) {
        if (!first && rt_stream_write(s, ", ", 2) < 0)
            return -1;
        first = false;
        if (rt_print(s, e->key, RT_PRINT_REPR) < 0 || rt_stream_write(s, ": ", 2) < 0 ||
            rt_print(s, e->value, RT_PRINT_REPR) < 0)
            return -1;
    }
    return rt_stream_write(s, "}", 1);
}

Obj rt_dict_unary_op(UnaryOp op, Obj self) {
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(rt_dict_len(self) != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)rt_dict_len(self));
    default: return RT_NOT_IMPLEMENTED;
    }
}

/* dict | dict (rt_dict_merge_op, dict_methods.c) is linked only when the
 * program can apply |: hooks.def. */

Obj rt_dict_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op == RT_BINOP_CONTAINS) {
        Obj v = rt_dict_get(lhs, rhs);
        if (!v && rt_exc_pending())
            return 0;
        return rt_bool(v != 0);
    }
    if ((op == RT_BINOP_OR || op == RT_BINOP_INPLACE_OR) && rt_hook_dict_merge)
        return rt_hook_dict_merge(op, lhs, rhs);
    if (op != RT_BINOP_EQUAL && op != RT_BINOP_NOT_EQUAL)
        return RT_NOT_IMPLEMENTED;
    if (!rt_is_subclass(type_of(rhs), &type_dict))
        return rt_bool(op == RT_BINOP_NOT_EQUAL);
    bool equal = rt_dict_len(lhs) == rt_dict_len(rhs);
    size_t pos = 0;
    for (DictEntry *e; equal && (e = rt_dict_next(lhs, &pos));) {
        Obj v = rt_dict_get(rhs, e->key);
        if (!v) {
            if (rt_exc_pending())
                return 0;
            equal = false;
            break;
        }
        int eq = rt_equal(e->value, v);
        if (eq < 0)
            return 0;
        equal = eq;
    }
    return rt_bool(op == RT_BINOP_EQUAL ? equal : !equal);
}

Obj rt_dict_subscr(Obj self, Obj key, Obj value) {
    if (value == 0) {
        Obj v = rt_dict_get(self, key);
        if (!v && !rt_exc_pending()) {
            /* A subclass may supply missing keys. */
            Obj missing = (type_of(self)->flags & RT_TYPE_HEAP) ? rt_type_lookup(type_of(self), NAME(__missing__)) : 0;
            if (missing) {
                Obj args[2] = { self, key };
                return rt_call(missing, 2, 0, args);
            }
            return rt_raise(rt_exc_new(&type_KeyError, 1, &key));
        }
        return v;
    }
    if (value == RT_DELETE) {
        Obj v = rt_dict_remove(self, key);
        if (!v && !rt_exc_pending())
            return rt_raise(rt_exc_new(&type_KeyError, 1, &key));
        return v ? RT_NONE : 0;
    }
    return rt_dict_set(self, key, value) < 0 ? 0 : RT_NONE;
}

const Type type_dict = {
    .type = &type_type,
    .name = NAME(dict),
    .flags = RT_TYPE_BASE_OK,
    .instance_size = sizeof(Dict),
    .base = &type_object,
    /* dict_methods.c / dict_views.c: construction, methods, iteration */
    .make_new = rt_new_dict,  /* methods.h: RT_CONSTRUCTORS */
    .getiter = rt_dict_getiter,
    .attrs = rt_dict_attrs,
    .n_attrs = RT_DICT_N_ATTRS,
    .print = dict_print,
    .unary_op = rt_dict_unary_op,
    .binary_op = rt_dict_binary_op,
    .subscr = rt_hook_dict_subscr,      /* hooks.def */
};
