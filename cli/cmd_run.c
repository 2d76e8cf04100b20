/* `mpyc run FILE [ARGS...]`: compiles for the host (cached) and runs the
 * program in place of this process, so its output, exit status and
 * signals are the program's own. With --target, builds the firmware
 * (cached) and runs it in the board's emulator: its output is streamed
 * and its status returned (124 when --timeout stopped it). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "emulate.h"
#include "pipeline.h"

static const char usage[] = "usage: mpyc run [--target T] [-I DIR] [--heap SIZE] [--stack SIZE] "
                            "[--timeout S] [--icount] [--gpio-log F] FILE [ARGS...]\n";

int cmd_run(int argc, char **argv) {
    pipeline_options opt = {0};
    struct emulate_options emu = {0};
    int i = 1;
    for (; i < argc; i++) {
        int used = pipeline_parse_option(&opt, argc, argv, i);
        if (used < 0)
            return 2;
        if (used) {
            i += used - 1;
            continue;
        }
        if (!strcmp(argv[i], "--timeout") && i + 1 < argc) {
            char *end;
            emu.timeout_seconds = strtod(argv[++i], &end);
            if (*end || emu.timeout_seconds <= 0) {
                fprintf(stderr, "mpyc run: bad --timeout '%s' (seconds)\n", argv[i]);
                return 2;
            }
            continue;
        }
        if (!strcmp(argv[i], "--gpio-log") && i + 1 < argc) {
            emu.gpio_log = argv[++i];
            continue;
        }
        if (!strcmp(argv[i], "--icount")) {
            emu.icount = true;
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
    if (!opt.board && (opt.stack_size || emu.icount || emu.timeout_seconds > 0 || emu.gpio_log)) {
        fprintf(stderr, "mpyc run: --stack, --timeout, --icount and --gpio-log apply to board targets only\n");
        return 2;
    }
    if (opt.board && i + 1 < argc) {
        fprintf(stderr, "mpyc run: program arguments are not supported on %s (sys.argv is empty there)\n",
                opt.board->name);
        return 2;
    }
    char *exe = NULL;
    if (pipeline_build(&opt, NULL, &exe) != 0)
        return 1;
    if (opt.board) {
        int status = emulate_run(opt.board, exe, &emu);
        free(exe);
        return status;
    }
    /* the program sees sys.argv = [FILE, ARGS...] */
    char **args = calloc((size_t)(argc - i + 1), sizeof *args);
    for (int k = i; k < argc; k++)
        args[k - i] = argv[k];
    fflush(stdout);
    execv(exe, args);
    fprintf(stderr, "mpyc run: cannot run %s: %s\n", exe, strerror(errno));
    return 1;
}
