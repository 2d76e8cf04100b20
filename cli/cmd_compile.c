/* `mpyc compile FILE --emit=c|ir [-o OUT] [-I DIR]`: prints the program's IR
 * or generated C. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "pipeline.h"

static const char usage[] = "usage: mpyc compile FILE --emit=c|ir [-o OUT] [-I DIR]\n";

int cmd_compile(int argc, char **argv) {
    pipeline_options opt = {0};
    emit_kind kind = EMIT_C;
    const char *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        int used = pipeline_parse_option(&opt, argc, argv, i);
        if (used < 0)
            return 2;
        if (used) {
            i += used - 1;
        } else if (!strcmp(argv[i], "--emit=ir")) {
            kind = EMIT_IR;
        } else if (!strcmp(argv[i], "--emit=c")) {
            kind = EMIT_C;
        } else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            out_path = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "mpyc compile: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        } else if (!opt.main_path) {
            opt.main_path = argv[i];
        } else {
            fprintf(stderr, "mpyc compile: one FILE only\n%s", usage);
            return 2;
        }
    }
    if (!opt.main_path) {
        fputs(usage, stderr);
        return 2;
    }
    FILE *out = stdout;
    if (out_path && !(out = fopen(out_path, "w"))) {
        perror(out_path);
        return 1;
    }
    int status = pipeline_emit(&opt, kind, out);
    if (out != stdout)
        fclose(out);
    return status;
}
