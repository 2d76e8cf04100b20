/* Compiled Python functions: function objects, the argument binder, cells
 * for closures. */
#include "rt_internal.h"

Obj rt_function_new(const CodeInfo *code, Obj module, Obj defaults, Obj kwdefaults, Obj closure) {
    Function *f = rt_alloc_obj(&type_function, sizeof(Function));
    if (!f)
        return 0;
    f->code = code;
    f->module = module;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return RT_OBJ(f);
}

size_t rt_code_param_slots(const CodeInfo *code) {
    return (size_t)code->n_pos + code->n_kwonly + !!(code->flags & RT_CODE_VARARGS) + !!(code->flags & RT_CODE_VARKW);
}

static bool same_name(Obj a, Obj b) {
    return a == b || rt_str_equal(a, b);
}

int rt_bind_args(const Function *fn, size_t n_args, size_t n_kw, const Obj *args, Obj *params) {
    const CodeInfo *c = fn->code;
    size_t n_pos = c->n_pos, n_named = n_pos + c->n_kwonly;
    size_t n_slots = rt_code_param_slots(c);
    size_t varargs_slot = n_named, varkw_slot = n_named + !!(c->flags & RT_CODE_VARARGS);
    for (size_t i = 0; i < n_slots; i++)
        params[i] = 0;
    if (n_args > n_pos && !(c->flags & RT_CODE_VARARGS)) {
        rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given", (int)n_pos, (int)n_args);
        return -1;
    }
    size_t n_copy = n_args < n_pos ? n_args : n_pos;
    for (size_t i = 0; i < n_copy; i++)
        params[i] = args[i];
    if (c->flags & RT_CODE_VARARGS) {
        params[varargs_slot] = rt_tuple_new(n_args - n_copy, args ? args + n_copy : NULL);
        if (!params[varargs_slot])
            return -1;
    }
    if (c->flags & RT_CODE_VARKW) {
        params[varkw_slot] = rt_dict_new(n_kw);
        if (!params[varkw_slot])
            return -1;
    }
    for (size_t k = 0; k < n_kw; k++) {
        Obj name = args[n_args + 2 * k], value = args[n_args + 2 * k + 1];
        size_t i = c->n_posonly;
        while (i < n_named && !same_name(c->param_names[i], name))
            i++;
        if (i < n_named) {
            if (params[i]) {
                rt_raise_fmt(&type_TypeError, "function got multiple values for argument '%q'", name);
                return -1;
            }
            params[i] = value;
        } else if (c->flags & RT_CODE_VARKW) {
            if (rt_dict_set(params[varkw_slot], name, value) < 0)
                return -1;
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", name);
            return -1;
        }
    }
    size_t n_defaults = fn->defaults ? rt_tuple_len(fn->defaults) : 0;
    size_t first_default = n_pos - (n_defaults < n_pos ? n_defaults : n_pos);
    size_t missing = 0;
    for (size_t i = n_copy; i < n_pos; i++) {
        if (params[i])
            continue;
        if (i >= first_default)
            params[i] = rt_tuple_items(fn->defaults)[i - first_default + (n_defaults > n_pos ? n_defaults - n_pos : 0)];
        else
            missing++;
    }
    if (missing) {
        rt_raise_fmt(&type_TypeError, "function missing %d required positional arguments", (int)missing);
        return -1;
    }
    for (size_t i = n_pos; i < n_named; i++) {
        if (params[i])
            continue;
        Obj d = fn->kwdefaults ? rt_dict_get(fn->kwdefaults, c->param_names[i]) : 0;
        if (!d) {
            rt_raise_fmt(&type_TypeError, "function missing required keyword argument '%q'", c->param_names[i]);
            return -1;
        }
        params[i] = d;
    }
    return 0;
}

static Obj function_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const Function *f = (const Function *)self;
    size_t n_slots = rt_code_param_slots(f->code);
    Obj local[16];
    Obj *params = n_slots <= 16 ? local : rt_alloc(n_slots * sizeof(Obj));
    if (!params)
        return 0;
    if (rt_bind_args(f, n_args, n_kw, args, params) < 0)
        return 0;
    return f->code->entry(f, params);
}

static int function_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Function *f = (const Function *)self;
    return rt_stream_printf(s, "<function %q at 0x%lx>", f->code->name, (unsigned long)self);
}

static Obj function_attr(Obj self, Obj name, Obj value) {
    const Function *f = (const Function *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(__name__))
        return f->code->name;
    if (name == NAME(__qualname__))
        return f->code->qualname ? f->code->qualname : f->code->name;
    if (name == NAME(__module__) && f->module)
        return ((const Module *)f->module)->name;
    return RT_NO_ATTR;
}

const Type type_function = {
    .type = &type_type, .name = NAME(function), .flags = RT_TYPE_EQ_BY_IDENTITY | RT_TYPE_BINDS_SELF,
    .base = &type_object, .print = function_print, .attr = function_attr, .call = function_call,
};

const Type type_closure = {
    .type = &type_type, .name = NAME(closure), .flags = RT_TYPE_EQ_BY_IDENTITY | RT_TYPE_BINDS_SELF,
    .base = &type_object, .print = function_print, .attr = function_attr, .call = function_call,
};

/* ---- cells ---------------------------------------------------------------- */

Obj rt_cell_new(Obj value) {
    Cell *c = rt_alloc_obj(&type_cell, sizeof(Cell));
    if (!c)
        return 0;
    c->value = value;
    return RT_OBJ(c);
}

Obj rt_cell_load(Obj cell) {
    Obj v = ((const Cell *)cell)->value;
    return v ? v : rt_raise_unbound_local();
}

void rt_cell_store(Obj cell, Obj value) {
    ((Cell *)cell)->value = value;
}

const Type type_cell = {
    .type = &type_type, .name = NAME(cell), .flags = RT_TYPE_EQ_BY_IDENTITY, .base = &type_object,
};
