/* Generators and coroutines of compiled code (see codegen_support.h). */
#include "codegen_support.h"

#include "rt_internal.h"

static const char *gen_name(const Generator *g) {
    return rt_str_data(g->fn->code->name);
}

Obj mpyc_generator_new(const Function *fn, GeneratorResume resume, void *frame) {
    Generator *g = rt_alloc_obj(&type_generator, sizeof(Generator));
    if (!g)
        return 0;
    g->fn = fn;
    g->resume = resume;
    g->frame = frame;
    g->ret = RT_NONE;
    return RT_OBJ(g);
}

/* Runs the generator once: a value, RT_STOP (finished), or 0. */
static Obj gen_step(Generator *g, Obj sent, Obj thrown) {
    if (g->state < 0) {
        if (thrown)
            return rt_raise(thrown);
        g->ret = RT_NONE;
        return RT_STOP;
    }
    if (g->running)
        return rt_raise_msg(&type_ValueError, "generator already executing");
    if (g->state == 0 && thrown) {
        g->state = -1;
        return rt_raise(thrown);
    }
    g->running = true;
    Obj saved_handling = rt_state.handling;
    Obj r = g->resume(g, sent, thrown);
    rt_state.handling = saved_handling;
    g->running = false;
    if (!r) {
        g->state = -1;
        if (rt_exc_pending_matches(&type_StopIteration)) {
            rt_exc_take();
            return rt_raise_msg(&type_RuntimeError, "generator raised StopIteration");
        }
    }
    return r;
}

static Obj gen_iternext(Obj self) {
    return gen_step((Generator *)self, RT_NONE, 0);
}

/* What a finished iterator's StopIteration carries: a generator's return value. */
Obj rt_iter_stop_value(Obj iter) {
    if (type_of(iter) == &type_generator)
        return ((Generator *)iter)->ret;
    return RT_NONE;
}

static Obj gen_next_method(Obj self) {
    Obj r = gen_iternext(self);
    if (r == RT_STOP)
        return rt_raise_stop_iteration(((Generator *)self)->ret);
    return r;
}

static Obj gen_getiter(Obj self) {
    return self;
}

static Obj gen_send(Obj self, Obj value) {
    Generator *g = (Generator *)self;
    if (g->state == 0 && value != RT_NONE)
        return rt_raise_msg(&type_TypeError, "can't send non-None value to a just-started generator");
    Obj r = gen_step(g, value, 0);
    if (r == RT_STOP)
        return rt_raise_stop_iteration(g->ret);
    return r;
}

static Obj gen_throw(size_t n, const Obj *args) {
    Generator *g = (Generator *)args[0];
    Obj exc = args[1];
    if (n >= 3 && args[2] != RT_NONE)
        exc = rt_call1(args[1], args[2]);
    if (!exc)
        return 0;
    Obj r = gen_step(g, RT_NONE, exc);
    if (r == RT_STOP)
        return rt_raise_stop_iteration(g->ret);
    return r;
}

static Obj gen_close(Obj self) {
    Generator *g = (Generator *)self;
    if (g->state <= 0) {
        g->state = -1;
        return RT_NONE;
    }
    Obj r = gen_step(g, RT_NONE, RT_OBJ(&type_GeneratorExit));
    if (r == RT_STOP)
        return RT_NONE;
    if (r) 
        return rt_raise_msg(&type_RuntimeError, "generator ignored GeneratorExit");
    if (rt_exc_pending_matches(&type_GeneratorExit) || rt_exc_pending_matches(&type_StopIteration)) {
        rt_exc_take();
        return RT_NONE;
    }
    return 0;
}

static int gen_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<generator object '%s' at 0x%lx>", gen_name((Generator *)self),
                            (unsigned long)self);
}

static RT_METHOD2(gen_send_obj, gen_send);
static RT_METHOD_VAR(gen_throw_obj, 2, 4, gen_throw);
static RT_METHOD1(gen_close_obj, gen_close);
static RT_METHOD1(gen_next_obj, gen_next_method);

static const AttrEntry gen_attrs[] = {
    {NAME(send), RT_OBJ(&gen_send_obj)},
    {NAME(throw), RT_OBJ(&gen_throw_obj)},
    {NAME(close), RT_OBJ(&gen_close_obj)},
    {NAME(__next__), RT_OBJ(&gen_next_obj)},
};

const Type type_generator = {
    .type = &type_type, .name = NAME(generator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .n_attrs = sizeof gen_attrs / sizeof gen_attrs[0], .attrs = gen_attrs,
    .print = gen_print, .getiter = gen_getiter, .iternext = gen_iternext,
};

/* A StopIteration pending: take it, its value into *result. */
static Obj take_stop(Obj *result) {
    Obj exc = rt_exc_take();
    *result = rt_exc_value(exc);
    return RT_STOP;
}

Obj mpyc_yield_from_step(Obj it, Obj sent, Obj thrown, Obj *result) {
    *result = RT_NONE;
    Obj r;
    if (obj_is_type(it, &type_generator)) {
        Generator *g = (Generator *)it;
        if (thrown && rt_is_subclass(obj_is_type(thrown, &type_type) ? (const Type *)thrown : type_of(thrown),
                                     &type_GeneratorExit)) {
            if (!gen_close(it))
                return 0;
            return rt_raise(thrown);
        }
        r = gen_step(g, sent, thrown);
        if (r == RT_STOP)
            *result = g->ret;
        return r;
    }
    if (thrown) {
        Obj m = rt_load_attr_default(it, NAME(throw), 0);
        if (!m)
            return rt_exc_pending() ? 0 : rt_raise(thrown);
        r = rt_call1(m, thrown);
    } else if (sent == RT_NONE) {
        r = rt_iternext(it);
        return r;
    } else {
        r = rt_call_method(it, NAME(send), 1, 0, &sent);
    }
    if (!r && rt_exc_pending_matches(&type_StopIteration))
        return take_stop(result);
    return r;
}

Obj mpyc_await_iter(Obj x) {
    if (obj_is_type(x, &type_generator))
        return x;
    Obj m = rt_load_attr_default(x, NAME(__await__), 0);
    if (!m) {
        if (rt_exc_pending())
            return 0;
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't awaitable", rt_type_name(type_of(x)));
    }
    Obj it = rt_call0(m);
    return it ? rt_getiter(it) : 0;
}
