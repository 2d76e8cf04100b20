/* See pipeline.h. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "emit_c.h"
#include "firmware.h"
#include "frontend.h"
#include "ir.h"
#include "reach.h"
#include "unicode.h"

#ifndef MPYC_SOURCE_DIR
#define MPYC_SOURCE_DIR "."
#endif

typedef struct module_src {
    char *name;             /* dotted; "__main__" for the script */
    char *path;             /* file path shown in tracebacks */
    bool is_package;
    char *bytes;
    size_t len;
    mp_module *ast;
    const char *text;       /* decoded source, for error lines */
    size_t text_len;
} module_src;

typedef struct program {
    mp_arena arena;
    module_src mods[256];
    int n_mods;
    const char *roots[34];
    int n_roots;
    bool failed;
} program;

static void *host_alloc(void *ctx, size_t size) {
    (void)ctx;
    return malloc(size);
}

static void host_free(void *ctx, void *ptr) {
    (void)ctx;
    free(ptr);
}

static double host_parse_float(const char *text) {
    return strtod(text, NULL);
}

static char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *bigger = realloc(buf, cap + 1);
        if (!bigger) {
            free(buf);
            fclose(f);
            return NULL;
        }
        buf = bigger;
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

size_t pipeline_parse_size(const char *s) {
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s)
        return 0;
    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    default: break;
    }
    if (*end == 'b' || *end == 'B')
        end++;
    return *end ? 0 : (size_t)v;
}

int pipeline_parse_option(pipeline_options *opt, int argc, char **argv, int i) {
    const char *a = argv[i];
    if (!strcmp(a, "--target") || !strcmp(a, "--stack")) {
        if (i + 1 >= argc) {
            fprintf(stderr, "mpyc: %s needs a value\n", a);
            return -1;
        }
        if (a[2] == 't') {
            opt->board = NULL;
            if (strcmp(argv[i + 1], "host") && !(opt->board = board_lookup_or_explain(argv[i + 1])))
                return -1;
        } else if (!(opt->stack_size = pipeline_parse_size(argv[i + 1]))) {
            fprintf(stderr, "mpyc: bad stack size '%s' (use e.g. 8k)\n", argv[i + 1]);
            return -1;
        }
        return 2;
    }
    if (!strcmp(a, "-I") || !strcmp(a, "--heap")) {
        if (i + 1 >= argc) {
            fprintf(stderr, "mpyc: %s needs a value\n", a);
            return -1;
        }
        if (a[1] == 'I') {
            if (opt->n_include_dirs < 32)
                opt->include_dirs[opt->n_include_dirs++] = argv[i + 1];
        } else if (!(opt->heap_size = pipeline_parse_size(argv[i + 1]))) {
            fprintf(stderr, "mpyc: bad heap size '%s' (use e.g. 64k, 2m)\n", argv[i + 1]);
            return -1;
        }
        return 2;
    }
    if (!strncmp(a, "-I", 2) && a[2]) {
        if (opt->n_include_dirs < 32)
            opt->include_dirs[opt->n_include_dirs++] = a + 2;
        return 1;
    }
    if (!strncmp(a, "--heap=", 7)) {
        if (!(opt->heap_size = pipeline_parse_size(a + 7))) {
            fprintf(stderr, "mpyc: bad heap size '%s' (use e.g. 64k, 2m)\n", a + 7);
            return -1;
        }
        return 1;
    }
    return 0;
}

int pipeline_parse_command(pipeline_options *opt, const char **out_path, int argc, char **argv, const char *command,
                           const char *usage, pipeline_extra_option extra, void *ctx) {
    for (int i = 1; i < argc; i++) {
        int used = pipeline_parse_option(opt, argc, argv, i);
        if (used < 0)
            return 2;
        if (!used && extra)
            used = extra(ctx, argc, argv, i);
        if (used) {
            i += used - 1;
        } else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            *out_path = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "mpyc %s: unknown option '%s'\n%s", command, argv[i], usage);
            return 2;
        } else if (!opt->main_path) {
            opt->main_path = argv[i];
        } else {
            fprintf(stderr, "mpyc %s: one FILE only\n%s", command, usage);
            return 2;
        }
    }
    if (!opt->main_path) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

/* ---- diagnostics ---------------------------------------------------------- */

static void show_line(const char *text, size_t text_len, int line, int col) {
    if (!text || line <= 0)
        return;
    const char *p = text, *end = text + text_len;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    const char *s = p;
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    fprintf(stderr, "    %.*s\n", (int)(e - s), s);
    if (col > 0) {
        int caret = col - 1 - (int)(s - p);
        fprintf(stderr, "    %*s^\n", caret > 0 ? caret : 0, "");
    }
}

static void syntax_error(const module_src *m, const mp_diag *d) {
    fprintf(stderr, "%s:%d:%d: SyntaxError: %s\n", m->path, d->line > 0 ? d->line : 1, d->col > 0 ? d->col : 1,
            d->message);
    if (d->line_text)
        show_line(d->line_text, d->line_len, 1, d->col);
}

/* ---- module discovery ------------------------------------------------------- */

/* Modules the runtime provides: its own, and stdlib/modules.def's. */
static const char *const builtin_modules[] = {"sys", "gc", "micropython", "builtins"};

static module_src *find_loaded(program *p, const char *name) {
    for (int i = 0; i < p->n_mods; i++)
        if (!strcmp(p->mods[i].name, name))
            return &p->mods[i];
    return NULL;
}

static bool parse_into(program *p, module_src *m) {
    mp_parse_options po = {0};
    po.parse_float = host_parse_float;
    po.lookup_unicode_name = mp_unicode_lookup_name;
    po.filename = m->path;
    mp_diag diag;
    m->ast = mp_parse_module(&p->arena, m->bytes, m->len, &po, &diag, &m->text, &m->text_len);
    if (!m->ast) {
        syntax_error(m, &diag);
        p->failed = true;
        return false;
    }
    return true;
}

/* Loads module `name` if a file provides it; true when found (or loaded). */
static bool load_module(program *p, const char *name) {
    if (find_loaded(p, name))
        return true;
    if (p->n_mods >= 256)
        return false;
    char rel[1024];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *c = rel; *c; c++)
        if (*c == '.')
            *c = '/';
    for (int r = 0; r < p->n_roots; r++) {
        char path[4096];
        bool pkg = false;
        const char *root = p->roots[r];
        const char *sep = strcmp(root, ".") ? "/" : "";
        if (!strcmp(root, "."))
            root = "";
        snprintf(path, sizeof path, "%s%s%s.py", root, sep, rel);
        if (!is_file(path)) {
            snprintf(path, sizeof path, "%s%s%s/__init__.py", root, sep, rel);
            if (!is_file(path))
                continue;
            pkg = true;
        }
        module_src *m = &p->mods[p->n_mods++];
        memset(m, 0, sizeof *m);
        m->name = strdup(name);
        m->path = strdup(path);
        m->is_package = pkg;
        m->bytes = read_whole(path, &m->len);
        if (!m->bytes) {
            fprintf(stderr, "mpyc: cannot read %s: %s\n", path, strerror(errno));
            p->failed = true;
            return true;
        }
        parse_into(p, m);
        return true;
    }
    return false;
}

static bool is_builtin_module(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (!strcmp(builtin_modules[i], name))
            return true;
    for (int i = 0; i < cgen_stdlib_modules_count; i++)
        if (!strcmp(cgen_stdlib_modules[i].name, name)) /* a module's names.def id is its name */
            return true;
    return false;
}

/* Loads every prefix of a dotted name; warns when the module is missing. */
static void require(program *p, const module_src *from, const char *name, int line, int col, bool quiet) {
    char prefix[1024];
    size_t n = strlen(name);
    if (n >= sizeof prefix)
        return;
    for (size_t end = 1; end <= n; end++) {
        if (end < n && name[end] != '.')
            continue;
        memcpy(prefix, name, end);
        prefix[end] = 0;
        if (is_builtin_module(prefix))
            return;
        if (!load_module(p, prefix)) {
            if (!quiet)
                fprintf(stderr, "%s:%d:%d: warning: no module named '%s'\n", from->path, line, col + 1, prefix);
            return;
        }
    }
}

static const char *absolute_name(const module_src *m, const char *module, int level, char *buf, size_t size) {
    if (level == 0)
        return module;
    char base[1024];
    snprintf(base, sizeof base, "%s", m->name);
    int drop = m->is_package ? level - 1 : level;
    for (int k = 0; k < drop; k++) {
        char *dot = strrchr(base, '.');
        if (!dot)
            return NULL;
        *dot = 0;
    }
    if (!strcmp(base, "__main__"))
        return NULL;
    if (module && strlen(base) + strlen(module) + 2 > size)
        return NULL;
    size_t lb = strlen(base);
    if (lb + 1 > size)
        return NULL;
    memmove(buf, base, lb + 1); /* fits: checked above (base may be buf) */
    if (module) {
        buf[lb] = '.';
        memcpy(buf + lb + 1, module, strlen(module) + 1);
    }
    return buf;
}

static void scan_stmts(program *p, const module_src *m, const mp_stmt_seq *body, bool quiet);

static void scan_stmt(program *p, const module_src *m, const mp_stmt *s, bool quiet) {
    switch (s->kind) {
    case MP_STMT_IMPORT:
        for (int i = 0; i < s->v.Import.names.count; i++)
            require(p, m, s->v.Import.names.items[i]->name, s->loc.line, s->loc.col, quiet);
        break;
    case MP_STMT_IMPORTFROM: {
        char buf[1024];
        const char *abs = absolute_name(m, s->v.ImportFrom.module, s->v.ImportFrom.level, buf, sizeof buf);
        if (!abs)
            break;
        require(p, m, abs, s->loc.line, s->loc.col, quiet);
        const module_src *target = find_loaded(p, abs);
        if (target && target->is_package)
            for (int i = 0; i < s->v.ImportFrom.names.count; i++) {
                char sub[1200];
                snprintf(sub, sizeof sub, "%s.%s", abs, s->v.ImportFrom.names.items[i]->name);
                if (strcmp(s->v.ImportFrom.names.items[i]->name, "*"))
                    load_module(p, sub);
            }
        break;
    }
    case MP_STMT_FUNCTIONDEF: case MP_STMT_ASYNCFUNCTIONDEF:
        scan_stmts(p, m, &s->v.FunctionDef.body, quiet);
        break;
    case MP_STMT_CLASSDEF: scan_stmts(p, m, &s->v.ClassDef.body, quiet); break;
    case MP_STMT_IF: case MP_STMT_WHILE:
        scan_stmts(p, m, &s->v.If.body, quiet);
        scan_stmts(p, m, &s->v.If.orelse, quiet);
        break;
    case MP_STMT_FOR: case MP_STMT_ASYNCFOR:
        scan_stmts(p, m, &s->v.For.body, quiet);
        scan_stmts(p, m, &s->v.For.orelse, quiet);
        break;
    case MP_STMT_WITH: case MP_STMT_ASYNCWITH: scan_stmts(p, m, &s->v.With.body, quiet); break;
    case MP_STMT_TRY: case MP_STMT_TRYSTAR:
        scan_stmts(p, m, &s->v.Try.body, quiet);
        for (int i = 0; i < s->v.Try.handlers.count; i++)
            scan_stmts(p, m, &s->v.Try.handlers.items[i]->body, quiet);
        scan_stmts(p, m, &s->v.Try.orelse, quiet);
        scan_stmts(p, m, &s->v.Try.finalbody, quiet);
        break;
    default: break;
    }
}

static void scan_stmts(program *p, const module_src *m, const mp_stmt_seq *body, bool quiet) {
    for (int i = 0; i < body->count; i++)
        scan_stmt(p, m, body->items[i], quiet);
}

static bool load_program(program *p, const pipeline_options *opt) {
    memset(p, 0, sizeof *p);
    mp_arena_init(&p->arena, (mp_allocator){host_alloc, host_free, NULL});
    char *dir = strdup(opt->main_path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    else
        strcpy(dir, ".");
    p->roots[p->n_roots++] = dir;
    for (int i = 0; i < opt->n_include_dirs; i++)
        p->roots[p->n_roots++] = opt->include_dirs[i];
    module_src *m = &p->mods[p->n_mods++];
    m->name = strdup("__main__");
    m->path = strdup(opt->main_path);
    m->bytes = read_whole(opt->main_path, &m->len);
    if (!m->bytes) {
        fprintf(stderr, "mpyc: cannot open %s: %s\n", opt->main_path, strerror(errno));
        return false;
    }
    if (!parse_into(p, m))
        return false;
    for (int i = 0; i < p->n_mods && !p->failed; i++)
        if (p->mods[i].ast)
            scan_stmts(p, &p->mods[i], &p->mods[i].ast->body, opt->quiet_warnings);
    return !p->failed;
}

static void free_program(program *p) {
    for (int i = 0; i < p->n_mods; i++) {
        free(p->mods[i].name);
        free(p->mods[i].path);
        free(p->mods[i].bytes);
    }
    free((char *)p->roots[0]);
    mp_arena_free_all(&p->arena);
}

/* Lowers every module; prints errors; false on failure. */
static bool lower_program(program *p, ir_module **irs) {
    for (int i = 0; i < p->n_mods; i++) {
        module_src *m = &p->mods[i];
        ir_error err;
        irs[i] = ir_lower_module(&p->arena, m->ast, m->name, m->path, m->is_package, &err);
        if (!irs[i]) {
            if (err.has_error) {
                fprintf(stderr, "%s:%d:%d: error: %s\n", m->path, err.line, err.col, err.message);
                show_line(m->text, m->text_len, err.line, err.col);
            } else {
                fprintf(stderr, "%s: error: out of memory while compiling\n", m->path);
            }
            return false;
        }
    }
    return true;
}

static void write_file_cb(void *ctx, const char *s, size_t n) {
    fwrite(s, 1, n, (FILE *)ctx);
}

int pipeline_emit(const pipeline_options *opt, emit_kind kind, FILE *out) {
    program *p = calloc(1, sizeof *p);
    int status = 1;
    ir_module *irs[256];
    if (load_program(p, opt) && lower_program(p, irs)) {
        if (kind == EMIT_IR) {
            for (int i = 0; i < p->n_mods; i++)
                ir_dump_module(irs[i], write_file_cb, out);
        } else {
            cgen_names names = {0};
            for (int i = 0; i < p->n_mods; i++)
                cgen_module(out, irs[i], i, &names);
            cgen_image_options io = {opt->heap_size, "__main__", opt->board != NULL, false};
            cgen_image(out, irs, p->n_mods, &names, &io);
            cgen_names_free(&names);
        }
        status = 0;
    }
    free_program(p);
    free(p);
    return status;
}

/* ---- building ---------------------------------------------------------------- */

static bool self_dir(char *buf, size_t size) {
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n <= 0)
        return false;
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = 0;
    return true;
}

typedef struct toolchain {
    char self[1024];
    char runtime_lib[1200], hal_lib[1200];
    char inc_runtime[1200], inc_hal[1200], inc_hal_host[1200];
} toolchain;

static bool find_toolchain(toolchain *t) {
    char dir[900];
    if (!self_dir(dir, sizeof dir))
        return false;
    snprintf(t->self, sizeof t->self, "%s/mpyc", dir);
    snprintf(t->runtime_lib, sizeof t->runtime_lib, "%s/runtime/libmpyc_runtime.a", dir);
    snprintf(t->hal_lib, sizeof t->hal_lib, "%s/hal/libmpyc_hal_host.a", dir);
    snprintf(t->inc_runtime, sizeof t->inc_runtime, "%s/runtime", MPYC_SOURCE_DIR);
    snprintf(t->inc_hal, sizeof t->inc_hal, "%s/hal", MPYC_SOURCE_DIR);
    snprintf(t->inc_hal_host, sizeof t->inc_hal_host, "%s/hal/host", MPYC_SOURCE_DIR);
    if (is_file(t->runtime_lib))
        return true;
    /* installed layout: PREFIX/bin/mpyc, PREFIX/lib/mpyc/{lib*.a,include/...} */
    snprintf(t->runtime_lib, sizeof t->runtime_lib, "%s/../lib/mpyc/libmpyc_runtime.a", dir);
    snprintf(t->hal_lib, sizeof t->hal_lib, "%s/../lib/mpyc/libmpyc_hal_host.a", dir);
    snprintf(t->inc_runtime, sizeof t->inc_runtime, "%s/../lib/mpyc/include/runtime", dir);
    snprintf(t->inc_hal, sizeof t->inc_hal, "%s/../lib/mpyc/include/hal", dir);
    snprintf(t->inc_hal_host, sizeof t->inc_hal_host, "%s/../lib/mpyc/include/hal/host", dir);
    if (is_file(t->runtime_lib))
        return true;
    fprintf(stderr, "mpyc: cannot find the host runtime library (looked for %s/runtime/libmpyc_runtime.a); "
                    "build the mpyc_runtime target\n", dir);
    return false;
}

/* Runs argv; returns the exit status, or -1 when the program is missing. */
static int run_process(char **argv) {
    pid_t pid = fork();
    if (pid < 0)
        return -2;
    if (pid == 0) {
        execvp(argv[0], argv);
        _exit(errno == ENOENT ? 127 : 126);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -2;
    if (WIFEXITED(st))
        return WEXITSTATUS(st) == 127 ? -1 : WEXITSTATUS(st);
    return -3;
}

/* An mpyc built with sanitizers found the runtime built with them too
 * (build-asan/): programs are compiled and linked the same way, by the same
 * compiler, so its sanitizer runtime matches. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MPYC_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MPYC_SANITIZED 1
#endif
#if defined(MPYC_SANITIZED) && defined(__clang__)
#define MPYC_DEFAULT_CC "clang"
#else
#define MPYC_DEFAULT_CC "cc"
#endif

static bool compile_c(const toolchain *t, char **c_files, int n, const char *exe) {
    const char *cc_env = getenv("CC");
    char *cc = strdup(cc_env && *cc_env ? cc_env : MPYC_DEFAULT_CC);
    char *argv[300];
    int argc = 0;
    for (char *tok = strtok(cc, " "); tok && argc < 8; tok = strtok(NULL, " "))
        argv[argc++] = tok;
    static char i1[1300], i2[1300], i3[1300];
    snprintf(i1, sizeof i1, "-I%s", t->inc_runtime);
    snprintf(i2, sizeof i2, "-I%s", t->inc_hal);
    snprintf(i3, sizeof i3, "-I%s", t->inc_hal_host);
    const char *fixed[] = {"-std=c11", "-O1", "-w", "-fno-strict-aliasing", i1, i2, i3, "-o", exe};
    for (size_t k = 0; k < sizeof fixed / sizeof fixed[0]; k++)
        argv[argc++] = (char *)fixed[k];
#ifdef MPYC_SANITIZED
    argv[argc++] = "-fsanitize=address,undefined";
    argv[argc++] = "-fno-sanitize-recover=undefined";
    argv[argc++] = "-fno-omit-frame-pointer";
#else
    argv[argc++] = "-Wl,--strip-debug"; /* the runtime's debug info is 3/4 of a cached program */
#endif
    for (int k = 0; k < n && argc < 280; k++)
        argv[argc++] = c_files[k];
    argv[argc++] = "-Wl,-u,rt_stdlib_modules_count"; /* links stdlib/'s module table */
    argv[argc++] = (char *)t->runtime_lib;
    argv[argc++] = (char *)t->hal_lib;
    argv[argc++] = "-lm";
    argv[argc] = NULL;
    int st = run_process(argv);
    if (st == -1)
        fprintf(stderr, "mpyc: C compiler '%s' not found; install it with: apt-get install gcc\n", argv[0]);
    else if (st != 0)
        fprintf(stderr, "mpyc: the C compiler failed (status %d) on the generated code\n", st);
    free(cc);
    return st == 0;
}

static int copy_file(const char *from, const char *to) {
    size_t len;
    char *data = read_whole(from, &len);
    if (!data)
        return -1;
    FILE *f = fopen(to, "wb");
    if (!f) {
        free(data);
        return -1;
    }
    fwrite(data, 1, len, f);
    fclose(f);
    free(data);
    chmod(to, 0755);
    return 0;
}

int pipeline_build(const pipeline_options *opt, const char *out_path, char **exe_out) {
    toolchain t;
    if (!find_toolchain(&t))
        return 1;
    const struct board *board = opt->board;
    if (board && !firmware_ready(board))
        return 1;
    if (cache_size_limit() < 0)
        return 1;
    program *p = calloc(1, sizeof *p);
    int status = 1;
    if (!load_program(p, opt))
        goto done;
    /* the cache key: compiler, runtime, HAL, options, every module */
    cache_hash h;
    cache_hash_init(&h);
    cache_hash_file(&h, t.self);
    cache_hash_file(&h, t.runtime_lib);
    cache_hash_file(&h, t.hal_lib);
    char optbuf[64];
    snprintf(optbuf, sizeof optbuf, "heap=%zu", opt->heap_size);
    cache_hash_str(&h, optbuf);
    if (board) {
        snprintf(optbuf, sizeof optbuf, "target=%s stack=%zu", board->name, opt->stack_size);
        cache_hash_str(&h, optbuf);
        cache_hash_file(&h, firmware_runtime_lib(board));
        cache_hash_file(&h, firmware_hal_lib(board));
        cache_hash_file(&h, firmware_link_flags(board));
    }
    const char *cc_env = getenv("CC");
    cache_hash_str(&h, cc_env ? cc_env : "cc");
    for (int i = 0; i < p->n_mods; i++) {
        cache_hash_str(&h, p->mods[i].name);
        cache_hash_str(&h, p->mods[i].path);
        cache_hash_bytes(&h, p->mods[i].bytes, p->mods[i].len);
    }
    char *entry = cache_entry_dir(&h);
    if (!entry) {
        fprintf(stderr, "mpyc: no usable cache directory (set XDG_CACHE_HOME or HOME)\n");
        goto done;
    }
    char exe[1600];
    const char *exe_name = board ? "prog.elf" : "prog";
    snprintf(exe, sizeof exe, "%s/%s", entry, exe_name);
    if (is_file(exe)) {
        cache_touch(entry);
    } else {
        ir_module *irs[256];
        if (!lower_program(p, irs)) {
            free(entry);
            goto done;
        }
        char tmp[1500];
        snprintf(tmp, sizeof tmp, "%s.tmp%ld", entry, (long)getpid());
        if (mkdir(tmp, 0755) < 0 && errno != EEXIST) {
            fprintf(stderr, "mpyc: cannot create %s: %s\n", tmp, strerror(errno));
            free(entry);
            goto done;
        }
        char *files[260];
        int nf = 0;
        cgen_names names = {0};
        bool ok = true, uses_float = true;
        for (int i = 0; i <= p->n_mods && ok; i++) {
            char path[1600];
            if (i < p->n_mods)
                snprintf(path, sizeof path, "%s/mod%d.c", tmp, i);
            else
                snprintf(path, sizeof path, "%s/image.c", tmp);
            FILE *f = fopen(path, "w");
            if (!f) {
                fprintf(stderr, "mpyc: cannot write %s: %s\n", path, strerror(errno));
                ok = false;
                break;
            }
            if (i < p->n_mods) {
                cgen_module(f, irs[i], i, &names);
            } else {
                cgen_image_options io = {opt->heap_size, "__main__", board != NULL, false};
                cgen_image(f, irs, p->n_mods, &names, &io);
                uses_float = io.uses_float;
            }
            fclose(f);
            files[nf++] = strdup(path);
        }
        cgen_names_free(&names);
        char tmp_exe[1600];
        snprintf(tmp_exe, sizeof tmp_exe, "%s/%s", tmp, exe_name);
        if (board)
            ok = ok && firmware_link(board, files, nf, opt->heap_size, opt->stack_size, !uses_float,
                                     tmp_exe);
        else
            ok = ok && compile_c(&t, files, nf, tmp_exe);
        for (int k = 0; k < nf; k++)
            free(files[k]);
        if (!ok) {
            cache_remove_dir(tmp);
            free(entry);
            goto done;
        }
        if (rename(tmp, entry) == 0) {
            cache_trim(entry);
        } else if (is_file(exe)) {
            cache_remove_dir(tmp); /* another process won the race: use its result */
        } else {
            snprintf(exe, sizeof exe, "%s", tmp_exe);
        }
    }
    free(entry);
    if (out_path) {
        if (copy_file(exe, out_path) < 0) {
            fprintf(stderr, "mpyc: cannot write %s: %s\n", out_path, strerror(errno));
            goto done;
        }
        *exe_out = strdup(out_path);
    } else {
        *exe_out = strdup(exe);
    }
    status = 0;
done:
    free_program(p);
    free(p);
    return status;
}
