/* Printing objects: the print slot dispatch, repr() / str(), and the
 * print() builtin with sep / end / file. */
#include "rt_internal.h"
#include "hooks.h"

int rt_print(Stream *s, Obj o, PrintKind kind) {
    const Type *t = type_of(o);
    if (t->print)
        return t->print(s, o, kind);
    return rt_stream_printf(s, "<%s object at %lx>", rt_type_name(t), (long)o);
}

static Obj to_str(Obj o, PrintKind kind) {
    if (kind == RT_PRINT_STR && obj_is_type(o, &type_str))
        return o;
    StrBuf b;
    rt_strbuf_init(&b, 16);
    if (rt_print(&b.stream, o, kind) < 0) {
        if (b.failed && !rt_exc_pending())
            rt_raise_memory_error();
        return 0;
    }
    return rt_strbuf_to_str(&b);
}

Obj rt_repr(Obj o) { return to_str(o, RT_PRINT_REPR); }
Obj rt_str(Obj o) { return to_str(o, RT_PRINT_STR); }

/* sys.stdout / sys.stderr objects: the print() fast path writes to the
 * stream directly; other file objects get .write(str). */
typedef struct ConsoleFile {
    const Type *type;
    Stream *stream;
    intptr_t fd;
} ConsoleFile;

static int console_file_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_stream_printf(s, "<io.TextIOWrapper %ld>", (long)((const ConsoleFile *)self)->fd);
}

static Obj console_file_write(Obj self, Obj text) {
    ConsoleFile *f = (ConsoleFile *)self;
    if (!obj_is_str(text))
        return rt_raise_fmt(&type_TypeError, "object with buffer protocol required");
    if (rt_stream_write(f->stream, rt_str_data(text), rt_str_len(text)) < 0)
        return 0;
    return small_from((intptr_t)rt_str_len(text));
}
static RT_METHOD2(console_file_write_obj, console_file_write);

static Obj console_file_flush(Obj self) {
    (void)self;
    return RT_NONE;
}
static RT_METHOD1(console_file_flush_obj, console_file_flush);

static const AttrEntry console_file_attrs[] = {
    { NAME(write), RT_OBJ(&console_file_write_obj) },
    { NAME(flush), RT_OBJ(&console_file_flush_obj) },
};

const Type type_console_file = {
    .type = &type_type,
    .name = NAME(file),
    .n_attrs = sizeof console_file_attrs / sizeof console_file_attrs[0],
    .base = &type_object,
    .attrs = console_file_attrs,
    .print = console_file_print,
};

const ConsoleFile rt_sys_stdout_obj = { &type_console_file, &rt_stdout, 1 };
const ConsoleFile rt_sys_stderr_obj = { &type_console_file, &rt_stderr, 2 };

/* Writes through a file object's write method. */
typedef struct FileStream {
    Stream stream;
    Obj file;
} FileStream;

static int file_stream_write(Stream *s, const char *data, size_t len) {
    Obj text = rt_str_new(data, len);
    if (!text)
        return -1;
    return rt_call_method(((FileStream *)s)->file, NAME(write), 1, 0, &text) ? 0 : -1;
}

/* The stream for print(file=f): the console's own stream for sys.stdout /
 * sys.stderr, otherwise one that writes through f.write. Called through the hook rt_hook_print_file (hooks.def), which the image
 * defines when the program can pass file= (it names file or calls with
 * **kwargs: backend-c/reach.c); generic method calls come with it. */
Stream *rt_print_file_stream(Obj file, void *buf) {
    if (type_of(file) == &type_console_file)
        return ((const ConsoleFile *)file)->stream;
    FileStream *fs = buf;
    fs->stream.write = file_stream_write;
    fs->stream.ctx = NULL;
    fs->file = file;
    return &fs->stream;
}

Obj rt_builtin_print(size_t n_args, size_t n_kw, const Obj *args) {
    Obj sep = 0, end = 0, file = 0;
    for (size_t i = 0; i < n_kw; i++) {
        Obj k = args[n_args + 2 * i], v = args[n_args + 2 * i + 1];
        if (k == NAME(sep))
            sep = v;
        else if (k == NAME(end))
            end = v;
        else if (k == NAME(file))
            file = v;
        else if (k != NAME(flush))
            return rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", k);
    }
    if ((sep && sep != RT_NONE && !obj_is_str(sep)) || (end && end != RT_NONE && !obj_is_str(end)))
        return rt_raise_msg(&type_TypeError, "sep and end must be str or None");
    Stream *out = &rt_stdout;
    FileStream fs;
    if (file && file != RT_NONE) {
        if (rt_hook_print_file)
            out = rt_hook_print_file(file, &fs);
        else /* unreachable: a program that passes file= defines the hook */
            return rt_raise_msg(&type_NotImplementedError, "print(file=) is not linked into this firmware");
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            int r = sep && sep != RT_NONE ? rt_stream_write(out, rt_str_data(sep), rt_str_len(sep)) : rt_stream_write(out, " ", 1);
            if (r < 0)
                return 0;
        }
        if (rt_print(out, args[i], RT_PRINT_STR) < 0)
            return 0;
    }
    int r = end && end != RT_NONE ? rt_stream_write(out, rt_str_data(end), rt_str_len(end)) : rt_stream_write(out, "\n", 1);
    return r < 0 ? 0 : RT_NONE;
}
