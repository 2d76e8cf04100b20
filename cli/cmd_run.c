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

/* `mpyc run app.py --target T ...`: with a --target after FILE, what follows
 * FILE is mpyc's options too (a board program takes no arguments). */
static bool target_after_file(int argc, char **argv) {
    int file = 1;
    while (file < argc && argv[file][0] == '-' && argv[file][1])
        file += strcmp(argv[file], "--icount") ? 2 : 1;
    for (int k = file + 1; k < argc; k++)
        if (!strcmp(argv[k], "--target"))
            return true;
    return false;
}

int cmd_run(int argc, char **argv) {
    pipeline_options opt = {0};
    struct emulate_options emu = {0};
    bool options_after_file = target_after_file(argc, argv);
    const char *file = NULL;
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
        if (options_after_file && !file) {
            file = argv[i];
            continue;
        }
        break;
    }
    if (!file && i >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    opt.main_path = file ? file : argv[i];
    int first_arg = file ? i : i + 1; /* the program's arguments: argv[first_arg..] */
    if (!opt.board && (opt.stack_size || emu.icount || emu.timeout_seconds > 0 || emu.gpio_log)) {
        fprintf(stderr, "mpyc run: --stack, --timeout, --icount and --gpio-log apply to board targets only\n");
        return 2;
    }
    if (opt.board && first_arg < argc) {
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
    char **args = calloc((size_t)(argc - first_arg + 2), sizeof *args);
    args[0] = (char *)opt.main_path;
    for (int k = first_arg; k < argc; k++)
        args[k - first_arg + 1] = argv[k];
    fflush(stdout);
    execv(exe, args);
    fprintf(stderr, "mpyc run: cannot run %s: %s\n", exe, strerror(errno));
    return 1;
}
