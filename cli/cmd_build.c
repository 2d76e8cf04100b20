/* `mpyc build FILE [-o OUT] [-I DIR] [--heap SIZE]`: a host executable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "pipeline.h"

static const char usage[] = "usage: mpyc build FILE [-o OUT] [-I DIR] [--heap SIZE]\n";

int cmd_build(int argc, char **argv) {
    pipeline_options opt = {0};
    const char *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        int used = pipeline_parse_option(&opt, argc, argv, i);
        if (used < 0)
            return 2;
        if (used) {
            i += used - 1;
        } else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
            out_path = argv[++i];
        } else if (!strcmp(argv[i], "--target") && i + 1 < argc) {
            if (strcmp(argv[++i], "host")) {
                fprintf(stderr, "mpyc build: target '%s' is not supported yet (only host)\n", argv[i]);
                return 2;
            }
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "mpyc build: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        } else if (!opt.main_path) {
            opt.main_path = argv[i];
        } else {
            fprintf(stderr, "mpyc build: one FILE only\n%s", usage);
            return 2;
        }
    }
    if (!opt.main_path) {
        fputs(usage, stderr);
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
        else
            strncat(default_out, ".out", sizeof default_out - strlen(default_out) - 1);
        out_path = default_out;
    }
    char *exe = NULL;
    int status = pipeline_build(&opt, out_path, &exe);
    free(exe);
    return status;
}
