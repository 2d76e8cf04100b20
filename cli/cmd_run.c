/* `mpyc run FILE [ARGS...]`: compiles for the host (cached) and runs the
 * program in place of this process, so its output, exit status and
 * signals are the program's own. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "pipeline.h"

static const char usage[] = "usage: mpyc run [-I DIR] [--heap SIZE] FILE [ARGS...]\n";

int cmd_run(int argc, char **argv) {
    pipeline_options opt = {0};
    int i = 1;
    for (; i < argc; i++) {
        int used = pipeline_parse_option(&opt, argc, argv, i);
        if (used < 0)
            return 2;
        if (used) {
            i += used - 1;
            continue;
        }
        if (!strcmp(argv[i], "--target") && i + 1 < argc) {
            if (strcmp(argv[++i], "host")) {
                fprintf(stderr, "mpyc run: target '%s' is not supported yet (only host)\n", argv[i]);
                return 2;
            }
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "mpyc run: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        }
        break;
    }
    if (i >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    opt.main_path = argv[i];
    char *exe = NULL;
    if (pipeline_build(&opt, NULL, &exe) != 0)
        return 1;
    /* the program sees sys.argv = [FILE, ARGS...] */
    char **args = calloc((size_t)(argc - i + 1), sizeof *args);
    for (int k = i; k < argc; k++)
        args[k - i] = argv[k];
    fflush(stdout);
    execv(exe, args);
    fprintf(stderr, "mpyc run: cannot run %s: %s\n", exe, strerror(errno));
    return 1;
}
