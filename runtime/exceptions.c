/* Exception types (MicroPython's builtin hierarchy), raising, matching. */
#include "rt_internal.h"
#include "hooks.h"

/* The MemoryError raised when the heap is full: static, with its own
 * traceback room, so raising and printing it allocate nothing. */
static TracebackEntry memory_error_traceback[RT_MEMORY_ERROR_TRACEBACK];
Exception rt_memory_error_obj = {
    &type_MemoryError, RT_EMPTY_TUPLE, memory_error_traceback, 0, RT_MEMORY_ERROR_TRACEBACK, 0, 0,
};
static struct { bool failed_alloc, heap_locked; size_t bytes; } memory_error_info;

/* ---- the exception type ------------------------------------------------- */

static Obj exc_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (n_kw && !(type->flags & RT_TYPE_HEAP))
        return rt_raise_msg(&type_TypeError, "function doesn't take keyword arguments");
    Exception *e = (Exception *)rt_alloc_instance(type);
    if (!e)
        return 0;
    e->args = rt_tuple_new(n_args, args);
    if (!e->args)
        return 0;
    return RT_OBJ(e);
}

static const char *errno_name(intptr_t e) {
    static const struct { uint8_t num; char name[14]; } names[] = {
        { 1, "EPERM" }, { 2, "ENOENT" }, { 5, "EIO" }, { 9, "EBADF" },
        { 11, "EAGAIN" }, { 12, "ENOMEM" }, { 13, "EACCES" }, { 17, "EEXIST" },
        { 19, "ENODEV" }, { 21, "EISDIR" }, { 22, "EINVAL" }, { 95, "EOPNOTSUPP" },
        { 98, "EADDRINUSE" }, { 103, "ECONNABORTED" }, { 104, "ECONNRESET" },
        { 105, "ENOBUFS" }, { 107, "ENOTCONN" }, { 110, "ETIMEDOUT" },
        { 111, "ECONNREFUSED" }, { 113, "EHOSTUNREACH" }, { 114, "EALREADY" },
        { 115, "EINPROGRESS" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].num == e)
            return names[i].name;
    return NULL;
}

static int memory_error_print(Stream *s) {
    if (!memory_error_info.failed_alloc)
        return 0;
    if (memory_error_info.heap_locked)
        return rt_stream_puts(s, "memory allocation failed, heap is locked");
    return rt_stream_printf(s, "memory allocation failed, allocating %zu bytes", memory_error_info.bytes);
}

/* OSError's "[Errno n] NAME" and its errno/strerror attributes: linked
 * only when the program can make an OSError (it names OSError, or links
 * a stdlib part that declares it raises one: backend-c/reach.c), through
 * hooks the image then defines.
 * rt_os_error_print returns 1 when e is not an OSError with an errno. */
int rt_os_error_print(Stream *s, Obj self) {
    const Exception *e = (const Exception *)self;
    size_t n = rt_tuple_len(e->args);
    Obj first = rt_tuple_items(e->args)[0];
    if (!rt_is_subclass(e->type, &type_OSError) || !obj_is_small(first) || n >= 3)
        return 1;
    const char *name = errno_name(small_value(first));
    if (!name)
        return 1;
    if (rt_stream_printf(s, "[Errno %ld] %s", (long)small_value(first), name) < 0)
        return -1;
    if (n == 2)
        return rt_stream_printf(s, ": %S", rt_tuple_items(e->args)[1]);
    return 0;
}
Obj rt_os_error_attr(Obj self, Obj name) {
    const Exception *e = (const Exception *)self;
    if ((name == NAME(errno) || name == NAME(strerror)) && rt_is_subclass(e->type, &type_OSError)) {
        size_t i = name == NAME(errno) ? 0 : 1;
        return rt_tuple_len(e->args) > i ? rt_tuple_items(e->args)[i] : RT_NONE;
    }
    return RT_NO_ATTR;
}

static int exc_print(Stream *s, Obj self, PrintKind kind) {
    const Exception *e = (const Exception *)self;
    if (self == RT_OBJ(&rt_memory_error_obj) && kind != RT_PRINT_REPR)
        return memory_error_print(s);
    size_t n = e->args ? rt_tuple_len(e->args) : 0;
    if (kind == RT_PRINT_REPR) {
        if (rt_stream_puts(s, rt_type_name(e->type)) < 0)
            return -1;
        if (n == 0)
            return rt_stream_write(s, "()", 2);
        return rt_print(s, e->args, RT_PRINT_REPR);
    }
    if (n == 0)
        return 0;
    Obj first = rt_tuple_items(e->args)[0];
    if (rt_hook_os_error_print) {
        int r = rt_hook_os_error_print(s, self);
        if (r != 1)
            return r;
    }
    if (n == 1)
        return rt_print(s, first, RT_PRINT_STR);
    return rt_print(s, e->args, RT_PRINT_REPR);
}

static Obj exc_attr(Obj self, Obj name, Obj value) {
    Exception *e = (Exception *)self;
    if (value) {
        if (name == NAME(__cause__) && value != RT_DELETE) {
            e->cause = value == RT_NONE ? 0 : value;
            return RT_NONE;
        }
        return RT_NO_ATTR;
    }
    if (name == NAME(args))
        return e->args;
    if (name == NAME(__cause__))
        return e->cause ? e->cause : RT_NONE;
    if (name == NAME(__context__))
        return e->context ? e->context : RT_NONE;
    if (name == NAME(__traceback__))
        return RT_NONE;
    if (name == NAME(value) && rt_is_subclass(e->type, &type_StopIteration))
        return rt_exc_value(self);
    if (name == NAME(code) && rt_is_subclass(e->type, &type_SystemExit))
        return rt_exc_value(self);
    if (rt_hook_os_error_attr)
        return rt_hook_os_error_attr(self, name);
    return RT_NO_ATTR;
}

/* BaseException.__init__: what super().__init__(...) in a subclass's
 * __init__ reaches; it replaces the args the constructor stored. */
static Obj exc_init(size_t n, const Obj *args) {
    if (!(type_of(args[0])->flags & RT_TYPE_EXCEPTION))
        return rt_raise_msg(&type_TypeError, "BaseException.__init__ needs an exception instance");
    Obj t = rt_tuple_new(n - 1, args + 1);
    if (!t)
        return 0;
    ((Exception *)args[0])->args = t;
    return RT_NONE;
}
static RT_METHOD_VAR(exc_init_obj, 1, RT_MAX_ARGS, exc_init);

static const AttrEntry base_exception_attrs[] = {
    { NAME(__init__), RT_OBJ(&exc_init_obj) },
};

#define EXC_TYPE_ATTRS(n, parent, attr_table, n_attr_entries) \
    const Type type_##n = { \
        .type = &type_type, .name = NAME(n), \
        .flags = RT_TYPE_BASE_OK | RT_TYPE_EXCEPTION, \
        .instance_size = sizeof(Exception), .base = &parent, \
        .n_attrs = n_attr_entries, .attrs = attr_table, \
        .make_new = exc_make_new, .print = exc_print, .attr = exc_attr, \
    };
#define EXC_TYPE(n, parent) EXC_TYPE_ATTRS(n, parent, NULL, 0)
EXC_TYPE_ATTRS(BaseException, type_object, base_exception_attrs,
               sizeof base_exception_attrs / sizeof base_exception_attrs[0])
EXC_TYPE(SystemExit, type_BaseException)
EXC_TYPE(KeyboardInterrupt, type_BaseException)
EXC_TYPE(GeneratorExit, type_BaseException)
EXC_TYPE(Exception, type_BaseException)
EXC_TYPE(StopIteration, type_Exception)
EXC_TYPE(StopAsyncIteration, type_Exception)
EXC_TYPE(ArithmeticError, type_Exception)
EXC_TYPE(OverflowError, type_ArithmeticError)
EXC_TYPE(ZeroDivisionError, type_ArithmeticError)
EXC_TYPE(AssertionError, type_Exception)
EXC_TYPE(AttributeError, type_Exception)
EXC_TYPE(EOFError, type_Exception)
EXC_TYPE(ImportError, type_Exception)
EXC_TYPE(LookupError, type_Exception)
EXC_TYPE(IndexError, type_LookupError)
EXC_TYPE(KeyError, type_LookupError)
EXC_TYPE(MemoryError, type_Exception)
EXC_TYPE(NameError, type_Exception)
EXC_TYPE(OSError, type_Exception)
EXC_TYPE(RuntimeError, type_Exception)
EXC_TYPE(NotImplementedError, type_RuntimeError)
EXC_TYPE(SyntaxError, type_Exception)
EXC_TYPE(IndentationError, type_SyntaxError)
EXC_TYPE(TypeError, type_Exception)
EXC_TYPE(ValueError, type_Exception)
EXC_TYPE(UnicodeError, type_ValueError)

/* ---- creating and raising ------------------------------------------------ */

Obj rt_exc_new(const Type *type, size_t n_args, const Obj *args) {
    return exc_make_new(type, n_args, 0, args);
}

/* The message becomes a str. A ROM string would need the text's lifetime
 * guaranteed; copying is simpler and messages are short. */
Obj rt_exc_new_msg(const Type *type, const char *msg) {
    Obj s = rt_str_from_cstr(msg);
    if (!s)
        return 0;
    return rt_exc_new(type, 1, &s);
}

static bool is_exception_type(Obj o) {
    return !obj_is_small(o) && (type_of(o) == &type_type) && (((const Type *)o)->flags & RT_TYPE_EXCEPTION);
}

Obj rt_raise(Obj exc) {
    if (exc == 0)
        return 0;           /* already pending (e.g. MemoryError while building) */
    if (is_exception_type(exc)) {
        exc = rt_call0(exc);
        if (!exc)
            return 0;
    }
    if (!(type_of(exc)->flags & RT_TYPE_EXCEPTION)) {
        Obj e = rt_exc_new_msg(&type_TypeError, "exceptions must derive from BaseException");
        if (!e)
            return 0;
        exc = e;
    }
    Exception *e = (Exception *)exc;
    if (rt_state.handling && rt_state.handling != exc && !e->context && exc != RT_OBJ(&rt_memory_error_obj))
        e->context = rt_state.handling;
    rt_state.exc = exc;
    return 0;
}

Obj rt_raise_from(Obj exc, Obj cause) {
    if (is_exception_type(exc) && !(exc = rt_call0(exc)))
        return 0;
    if (cause != RT_NONE) {
        if (is_exception_type(cause) && !(cause = rt_call0(cause)))
            return 0;
        if (!(type_of(cause)->flags & RT_TYPE_EXCEPTION))
            return rt_raise_msg(&type_TypeError, "exceptions must derive from BaseException");
    }
    if (type_of(exc)->flags & RT_TYPE_EXCEPTION)
        ((Exception *)exc)->cause = cause == RT_NONE ? 0 : cause;
    return rt_raise(exc);
}

Obj rt_raise_msg(const Type *type, const char *msg) {
    return rt_raise(rt_exc_new_msg(type, msg));
}

Obj rt_raise_fmt(const Type *type, const char *fmt, ...) {
    StrBuf b;
    rt_strbuf_init(&b, 32);
    va_list ap;
    va_start(ap, fmt);
    int r = rt_stream_vprintf(&b.stream, fmt, ap);
    va_end(ap);
    if (r < 0)
        return 0;
    Obj msg = rt_strbuf_to_str(&b);
    if (!msg)
        return 0;
    return rt_raise(rt_exc_new(type, 1, &msg));
}

Obj rt_raise_type_error(const char *msg) { return rt_raise_msg(&type_TypeError, msg); }
Obj rt_raise_value_error(const char *msg) { return rt_raise_msg(&type_ValueError, msg); }

Obj rt_raise_memory_error(void) {
    memory_error_info.failed_alloc = false;
    rt_memory_error_obj.traceback_len = 0;
    rt_state.exc = RT_OBJ(&rt_memory_error_obj);
    return 0;
}

Obj rt_raise_memory_error_alloc(size_t n) {
    rt_raise_memory_error();
    memory_error_info.failed_alloc = true;
    memory_error_info.heap_locked = rt_gc_heap_is_locked();
    memory_error_info.bytes = n;
    return 0;
}

Obj rt_raise_os_error(int errnum) {
    Obj n = small_from(errnum);
    return rt_raise(rt_exc_new(&type_OSError, 1, &n));
}

Obj rt_raise_stop_iteration(Obj value) {
    if (value == RT_NONE)
        return rt_raise(rt_exc_new(&type_StopIteration, 0, NULL));
    return rt_raise(rt_exc_new(&type_StopIteration, 1, &value));
}

Obj rt_raise_name_error(Obj name) {
    return rt_raise_fmt(&type_NameError, "name '%q' isn't defined", name);
}

Obj rt_raise_attr_error(Obj obj, Obj name) {
    if (type_of(obj) == &type_type)
        return rt_raise_fmt(&type_AttributeError, "type object '%q' has no attribute '%q'", ((const Type *)obj)->name, name);
    return rt_raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", rt_type_name(type_of(obj)), name);
}

Obj rt_raise_unbound_local(void) {
    return rt_raise_msg(&type_NameError, "local variable referenced before assignment");
}

/* ---- the pending exception ---------------------------------------------- */

Obj rt_exc_pending(void) { return rt_state.exc; }

Obj rt_exc_take(void) {
    Obj e = rt_state.exc;
    rt_state.exc = 0;
    return e;
}

void rt_exc_clear(void) { rt_state.exc = 0; }

bool rt_exc_matches(Obj exc, Obj match) {
    if (type_of(match) == &type_tuple) {
        for (size_t i = 0; i < rt_tuple_len(match); i++)
            if (rt_exc_matches(exc, rt_tuple_items(match)[i]))
                return true;
        return false;
    }
    if (type_of(match) != &type_type)
        return false;
    return rt_is_subclass(type_of(exc), (const Type *)match);
}

bool rt_exc_pending_matches(const Type *type) {
    return rt_state.exc && rt_is_subclass(type_of(rt_state.exc), type);
}

Obj rt_exc_args(Obj exc) {
    return ((const Exception *)exc)->args;
}

Obj rt_exc_value(Obj exc) {
    Obj args = rt_exc_args(exc);
    return args && rt_tuple_len(args) ? rt_tuple_items(args)[0] : RT_NONE;
}
