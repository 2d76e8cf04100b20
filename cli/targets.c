#include "targets.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MPYC_SOURCE_DIR
#define MPYC_SOURCE_DIR "."
#endif
#ifndef MPYC_BINARY_DIR
#define MPYC_BINARY_DIR "build"
#endif

static const struct board boards[] = {
#define MPYC_BOARD(name, cpu, arch, cflags, cc, cc_pkg, libc, libc_pkg, libc_probe, \
                   emu_kind, emu, emu_pkg, emu_args, flash_org, flash_size, ram_org, \
                   ram_size, heap, stack, hz, platform) \
    {name, cpu, arch, cflags, cc, cc_pkg, libc, libc_pkg, libc_probe, emu_kind, emu, \
     emu_pkg, emu_args, flash_org, flash_size, ram_org, ram_size, heap, stack, hz},
#include "boards.def"
#undef MPYC_BOARD
};

size_t board_count(void) { return sizeof boards / sizeof boards[0]; }
const struct board *board_at(size_t index) { return index < board_count() ? &boards[index] : NULL; }

const struct board *board_find(const char *name) {
    for (size_t i = 0; i < board_count(); i++)
        if (!strcmp(boards[i].name, name))
            return &boards[i];
    return NULL;
}

const struct board *board_lookup_or_explain(const char *name) {
    const struct board *b = board_find(name);
    if (b)
        return b;
    fprintf(stderr, "mpyc: unknown target '%s'; valid targets: host", name);
    for (size_t i = 0; i < board_count(); i++)
        fprintf(stderr, ", %s", boards[i].name);
    fprintf(stderr, "\n");
    return NULL;
}

const char *mpyc_source_dir(void) { return MPYC_SOURCE_DIR; }
const char *mpyc_binary_dir(void) { return MPYC_BINARY_DIR; }

bool program_in_path(const char *program) {
    if (strchr(program, '/'))
        return access(program, X_OK) == 0;
    const char *path = getenv("PATH");
    if (!path)
        return false;
    char candidate[4096];
    while (*path) {
        size_t len = strcspn(path, ":");
        if (len > 0 && len + strlen(program) + 2 < sizeof candidate) {
            memcpy(candidate, path, len);
            candidate[len] = '/';
            strcpy(candidate + len + 1, program);
            struct stat st;
            if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode) && access(candidate, X_OK) == 0)
                return true;
        }
        path += len;
        if (*path == ':')
            path++;
    }
    return false;
}

static void append(char *buf, size_t size, const char *word) {
    size_t used = strlen(buf);
    snprintf(buf + used, size - used, "%s%s", used ? " " : "", word);
}

bool board_toolchain_missing(const struct board *b, char *buf, size_t size) {
    buf[0] = '\0';
    if (!program_in_path(b->cc))
        append(buf, size, b->cc_package);
    if (b->libc_probe[0] && access(b->libc_probe, R_OK) != 0)
        append(buf, size, b->libc_package);
    return buf[0] != '\0';
}

bool board_emulator_missing(const struct board *b, char *buf, size_t size) {
    buf[0] = '\0';
    if (!program_in_path(b->emulator))
        snprintf(buf, size, "apt-get install %s", b->emulator_package);
    if (!strcmp(b->emulator_kind, "rp2040js")) {
        char module[4096];
        snprintf(module, sizeof module, "%s/tools/rp2040/node_modules/rp2040js/package.json",
                 mpyc_source_dir());
        if (access(module, R_OK) != 0) {
            size_t used = strlen(buf);
            snprintf(buf + used, size - used, "%s(cd %s/tools/rp2040 && npm ci)",
                     used ? " && " : "", mpyc_source_dir());
        }
    }
    return buf[0] != '\0';
}
