#define _POSIX_C_SOURCE 200809L
#include "firmware.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "uf2.h"

#define MAX_ARGS 400

static char path_buf[3][4200];

static const char *board_file(int slot, const struct board *b, const char *name) {
    snprintf(path_buf[slot], sizeof path_buf[slot], "%s/targets/%s/%s", mpyc_binary_dir(), b->name, name);
    return path_buf[slot];
}

const char *firmware_runtime_lib(const struct board *b) { return board_file(0, b, "libmpyc_runtime.a"); }
const char *firmware_hal_lib(const struct board *b) { return board_file(1, b, "libmpyc_hal.a"); }
const char *firmware_link_flags(const struct board *b) { return board_file(2, b, "link-flags.txt"); }

static bool readable(const char *path) { return access(path, R_OK) == 0; }

bool firmware_ready(const struct board *b) {
    char missing[512];
    if (board_toolchain_missing(b, missing, sizeof missing)) {
        fprintf(stderr, "mpyc: the %s C toolchain (%s) is missing: apt-get install %s\n", b->name, b->cc, missing);
        return false;
    }
    const char *needed[] = {firmware_runtime_lib(b), firmware_hal_lib(b), firmware_link_flags(b)};
    for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
        if (!readable(needed[i])) {
            fprintf(stderr, "mpyc: %s is missing: build the board libraries first (cmake --build %s)\n", needed[i],
                    mpyc_binary_dir());
            return false;
        }
    return true;
}

/* One argument per line; appended to argv (strings owned by *text). */
static int read_lines(const char *path, char **text, char **argv, int argc, int max) {
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t cap = 8192, n = 0;
    *text = malloc(cap);
    for (size_t got; (got = fread(*text + n, 1, cap - 1 - n, f)) > 0;) {
        n += got;
        if (n + 1 >= cap)
            *text = realloc(*text, cap *= 2);
    }
    fclose(f);
    (*text)[n] = 0;
    for (char *line = strtok(*text, "\n"); line && argc < max; line = strtok(NULL, "\n"))
        if (*line)
            argv[argc++] = line;
    return argc;
}

/* Runs argv with stderr captured into err_path; exit status, -1 when the
 * program is missing. */
static int run_capturing(char **argv, const char *err_path) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        return -2;
    if (pid == 0) {
        FILE *f = freopen(err_path, "w", stderr);
        (void)f;
        execvp(argv[0], argv);
        _exit(errno == ENOENT ? 127 : 126);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -2;
    if (!WIFEXITED(st))
        return -3;
    return WEXITSTATUS(st) == 127 ? -1 : WEXITSTATUS(st);
}

/* "region `FLASH' overflowed by N bytes" from GNU ld. */
static long overflow_bytes(const char *log, const char *region) {
    char needle[64];
    snprintf(needle, sizeof needle, "region `%s' overflowed by ", region);
    const char *p = strstr(log, needle);
    return p ? strtol(p + strlen(needle), NULL, 10) : -1;
}

/* The first max_lines of a tool's log: a missing library gives hundreds. */
static void print_head(const char *log, size_t len, int max_lines) {
    int lines = 0;
    size_t i = 0;
    for (; i < len && lines < max_lines; i++)
        if (log[i] == '\n')
            lines++;
    fwrite(log, 1, i, stderr);
    int more = 0;
    for (; i < len; i++)
        more += log[i] == '\n';
    if (more)
        fprintf(stderr, "... (%d more lines)\n", more);
}

bool firmware_link(const struct board *b, char **c_files, int n, size_t heap_size, size_t stack_size,
                   bool no_float, const char *elf_path) {
    char *argv[MAX_ARGS];
    int argc = 0;
    char *compile_text = NULL, *link_text = NULL;
    static char inc[4][4200], heap_arg[64], stack_arg[64], err_path[4200];
    argv[argc++] = (char *)b->cc;
    argc = read_lines(board_file(0, b, "compile-flags.txt"), &compile_text, argv, argc, MAX_ARGS - 40);
    if (argc < 0) {
        fprintf(stderr, "mpyc: cannot read %s\n", path_buf[0]);
        return false;
    }
    snprintf(inc[0], sizeof inc[0], "-I%s/runtime", mpyc_source_dir());
    snprintf(inc[1], sizeof inc[1], "-I%s/hal", mpyc_source_dir());
    snprintf(inc[2], sizeof inc[2], "-I%s/stdlib", mpyc_source_dir());
    const char *fixed[] = {"-std=c11", "-Os", "-w", "-fno-strict-aliasing", inc[0], inc[1], inc[2], "-o", elf_path};
    for (size_t k = 0; k < sizeof fixed / sizeof fixed[0]; k++)
        argv[argc++] = (char *)fixed[k];
    if (no_float)
        argv[argc++] = "-DMPYC_NO_FLOAT";
    for (int k = 0; k < n && argc < MAX_ARGS - 60; k++)
        argv[argc++] = c_files[k];
    /* the link flags, with the runtime library joining the HAL's group */
    int first_link = argc;
    argc = read_lines(firmware_link_flags(b), &link_text, argv, argc, MAX_ARGS - 8);
    if (argc < 0) {
        fprintf(stderr, "mpyc: cannot read %s\n", firmware_link_flags(b));
        free(compile_text);
        return false;
    }
    /* the link flags repeat the compile flags, and gcc refuses a second --specs */
    int kept = first_link;
    for (int k = first_link; k < argc; k++) {
        bool repeated = false;
        for (int c = 1; c < first_link && !repeated; c++)
            repeated = argv[c][0] == '-' && !strcmp(argv[c], argv[k]) && strcmp(argv[k], "-o");
        if (!repeated)
            argv[kept++] = argv[k];
    }
    argc = kept;
    for (int k = first_link; k < argc; k++)
        if (!strcmp(argv[k], "-Wl,--start-group")) {
            memmove(argv + k + 2, argv + k + 1, (size_t)(argc - k - 1) * sizeof *argv);
            argv[k + 1] = (char *)firmware_runtime_lib(b);
            argc++;
            break;
        }
    if (heap_size) {
        snprintf(heap_arg, sizeof heap_arg, "-Wl,--defsym=__mpyc_heap_size=%zu", heap_size);
        argv[argc++] = heap_arg;
    }
    if (stack_size) {
        snprintf(stack_arg, sizeof stack_arg, "-Wl,--defsym=__mpyc_stack_size=%zu", stack_size);
        argv[argc++] = stack_arg;
    }
    argv[argc] = NULL;
    snprintf(err_path, sizeof err_path, "%s.log", elf_path);
    int st = run_capturing(argv, err_path);
    size_t log_len = 0;
    char *log = NULL;
    FILE *f = fopen(err_path, "r");
    if (f) {
        log = calloc(1, 1 << 20);
        log_len = fread(log, 1, (1 << 20) - 1, f);
        fclose(f);
    }
    unlink(err_path);
    bool ok = st == 0;
    if (st == -1) {
        fprintf(stderr, "mpyc: %s not found; install it with: apt-get install %s\n", b->cc, b->cc_package);
    } else if (!ok) {
        long flash_over = log ? overflow_bytes(log, "FLASH") : -1;
        long ram_over = log ? overflow_bytes(log, "RAM") : -1;
        if (flash_over >= 0)
            fprintf(stderr, "mpyc: the app is too large for %s: it needs %lu bytes of flash, the board has %lu "
                            "(%ld bytes over)\n", b->name, (unsigned long)b->flash_size + (unsigned long)flash_over,
                    (unsigned long)b->flash_size, flash_over);
        if (ram_over >= 0)
            fprintf(stderr, "mpyc: the app does not fit in %s's RAM: it needs %lu bytes (data, bss, heap %zu, "
                            "stack %zu), the board has %lu (%ld bytes over); try a smaller --heap\n",
                    b->name, (unsigned long)b->ram_size + (unsigned long)ram_over,
                    heap_size ? heap_size : (size_t)b->heap_size, stack_size ? stack_size : (size_t)b->stack_size,
                    (unsigned long)b->ram_size, ram_over);
        if (flash_over < 0 && ram_over < 0) {
            print_head(log, log_len, 25);
            fprintf(stderr, "mpyc: %s failed (status %d) building the %s firmware\n", b->cc, st, b->name);
        }
    }
    free(log);
    free(compile_text);
    free(link_text);
    return ok;
}

/* ---- the size report, from the ELF's section headers ---------------------- */

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static uint8_t *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *data = n > 0 ? malloc((size_t)n) : NULL;
    if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(f);
    *size = (size_t)n;
    return data;
}

#define SHT_NOBITS 8u
#define SHF_ALLOC 2u

bool firmware_report(const struct board *b, const char *elf_path, FILE *out) {
    size_t size;
    uint8_t *elf = read_file(elf_path, &size);
    if (!elf || size < 52 || memcmp(elf, "\177ELF\1\1", 6)) {
        fprintf(stderr, "mpyc: %s is not a 32-bit little-endian ELF\n", elf_path);
        free(elf);
        return false;
    }
    uint32_t shoff = rd32(elf + 0x20);
    uint16_t shentsize = rd16(elf + 0x2e), shnum = rd16(elf + 0x30), shstrndx = rd16(elf + 0x32);
    if (shentsize < 40 || shstrndx >= shnum || shoff > size || (size_t)shnum * shentsize > size - shoff) {
        fprintf(stderr, "mpyc: %s: bad section table\n", elf_path);
        free(elf);
        return false;
    }
    const uint8_t *strtab_hdr = elf + shoff + (size_t)shstrndx * shentsize;
    uint32_t str_off = rd32(strtab_hdr + 16), str_size = rd32(strtab_hdr + 20);
    if (str_off > size || str_size > size - str_off)
        str_size = 0;
    unsigned long flash = 0, ram_static = 0, heap = 0, stack = 0;
    fprintf(out, "%-14s %10s %8s  %s\n", "section", "address", "size", "in");
    for (unsigned i = 1; i < shnum; i++) {
        const uint8_t *h = elf + shoff + (size_t)i * shentsize;
        uint32_t name = rd32(h), type = rd32(h + 4), flags = rd32(h + 8), addr = rd32(h + 12), sz = rd32(h + 20);
        if (!(flags & SHF_ALLOC) || sz == 0)
            continue;
        const char *nm = name < str_size ? (const char *)elf + str_off + name : "?";
        bool in_flash = addr - b->flash_origin < b->flash_size;
        const char *where;
        if (in_flash) {
            flash += sz;
            where = "flash";
        } else if (!strcmp(nm, ".heap")) {
            heap += sz;
            where = "RAM (heap)";
        } else if (!strcmp(nm, ".stack")) {
            stack += sz;
            where = "RAM (stack)";
        } else if (type == SHT_NOBITS) {
            ram_static += sz;
            where = "RAM";
        } else {
            /* initialised data: RAM, with its initial values in flash */
            ram_static += sz;
            flash += sz;
            where = "RAM + flash copy";
        }
        fprintf(out, "%-14s 0x%08lx %8lu  %s\n", nm, (unsigned long)addr, (unsigned long)sz, where);
    }
    fprintf(out, "flash: %lu bytes of %lu (%.1f%%)\n", flash, (unsigned long)b->flash_size,
            100.0 * (double)flash / (double)b->flash_size);
    fprintf(out, "RAM:   %lu bytes static + %lu heap + %lu stack = %lu of %lu (%.1f%%)\n", ram_static, heap, stack,
            ram_static + heap + stack, (unsigned long)b->ram_size,
            100.0 * (double)(ram_static + heap + stack) / (double)b->ram_size);
    free(elf);
    return true;
}

bool firmware_write_flash_image(const struct board *b, const char *elf_path, const char *out_path) {
    if (strcmp(b->name, "rp2040"))
        return true;
    size_t size, uf2_size;
    uint8_t *elf = read_file(elf_path, &size);
    if (!elf) {
        fprintf(stderr, "mpyc: cannot read %s: %s\n", elf_path, strerror(errno));
        return false;
    }
    char err[256];
    uint8_t *uf2 = uf2_from_elf(elf, size, UF2_FAMILY_RP2040, b->flash_origin, b->flash_size, &uf2_size, err,
                                sizeof err);
    free(elf);
    if (!uf2) {
        fprintf(stderr, "mpyc: %s: %s\n", elf_path, err);
        return false;
    }
    FILE *f = fopen(out_path, "wb");
    bool ok = f && fwrite(uf2, 1, uf2_size, f) == uf2_size;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok)
        fprintf(stderr, "mpyc: cannot write %s: %s\n", out_path, strerror(errno));
    free(uf2);
    return ok;
}
