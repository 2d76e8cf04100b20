/* `mpyc build FILE [--target T] [-o OUT] [-I DIR] [--heap SIZE] [--stack SIZE]`:
 * a host executable, or for a board an ELF (plus a UF2 for rp2040) and its
 * flash and RAM use by section. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "firmware.h"
#include "pipeline.h"

static const char usage[] =
    "usage: mpyc build FILE [--target T] [-o OUT] [-I DIR] [--heap SIZE] [--stack SIZE]\n";

/* OUT's name with its extension replaced (or added). */
static void with_extension(char *buf, size_t size, const char *path, const char *ext) {
    snprintf(buf, size, "%s", path);
    char *dot = strrchr(buf, '.');
    char *slash = strrchr(buf, '/');
    if (dot && (!slash || dot > slash))
        *dot = 0;
    strncat(buf, ext, size - strlen(buf) - 1);
}

int cmd_build(int argc, char **argv) {
    pipeline_options opt = {0};
    const char *out_path = NULL;
    if (pipeline_parse_command(&opt, &out_path, argc, argv, "build", usage, NULL, NULL))
        return 2;
    if (opt.stack_size && !opt.board) {
        fprintf(stderr, "mpyc build: --stack applies to board targets only\n");
        return 2;
    }
    char default_out[1024];
    if (!out_path) {
        const char *base = strrchr(opt.main_path, '/');
        base = base ? base + 1 : opt.main_path;
        snprintf(default_out, sizeof default_out, "%s", base);
        char *dot = strrchr(default_out, '.');
        if (dot && !strcmp(dot, ".py"))
            *dot = 0;
        else if (!opt.board)
            strncat(default_out, ".out", sizeof default_out - strlen(default_out) - 1);
        if (opt.board)
            strncat(default_out, ".elf", sizeof default_out - strlen(default_out) - 1);
        out_path = default_out;
    }
    char *exe = NULL;
    int status = pipeline_build(&opt, out_path, &exe);
    if (status == 0 && opt.board) {
        printf("%s: %s firmware\n", exe, opt.board->name);
        if (!firmware_report(opt.board, exe, stdout))
            status = 1;
        if (!strcmp(opt.board->name, "rp2040")) {
            char uf2[1100];
            with_extension(uf2, sizeof uf2, out_path, ".uf2");
            if (firmware_write_flash_image(opt.board, exe, uf2))
                printf("%s: UF2 for the RP2040 boot ROM\n", uf2);
            else
                status = 1;
        }
    }
    free(exe);
    return status;
}
