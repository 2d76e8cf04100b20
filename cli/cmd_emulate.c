/* mpyc emulate --target T FILE.elf [--timeout S] [--icount] [--gpio-log F]:
 * runs a prebuilt firmware in its board's emulator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "emulate.h"
#include "targets.h"

static const char usage[] =
    "usage: mpyc emulate --target T FILE.elf [--timeout SECONDS] [--icount] [--gpio-log FILE]\n";

int cmd_emulate(int argc, char **argv) {
    const char *target = NULL, *file = NULL;
    struct emulate_options opts = {0, false, NULL};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!strcmp(arg, "--target") && i + 1 < argc) {
            target = argv[++i];
        } else if (!strcmp(arg, "--timeout") && i + 1 < argc) {
            char *end;
            opts.timeout_seconds = strtod(argv[++i], &end);
            if (*end || opts.timeout_seconds <= 0) {
                fprintf(stderr, "mpyc: --timeout needs a positive number of seconds\n");
                return 2;
            }
        } else if (!strcmp(arg, "--icount")) {
            opts.icount = true;
        } else if (!strcmp(arg, "--gpio-log") && i + 1 < argc) {
            opts.gpio_log = argv[++i];
        } else if (arg[0] == '-') {
            fprintf(stderr, "mpyc: emulate: unknown option '%s'\n%s", arg, usage);
            return 2;
        } else if (!file) {
            file = arg;
        } else {
            fprintf(stderr, "mpyc: emulate: one firmware file only\n%s", usage);
            return 2;
        }
    }
    if (!target || !file) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    if (!strcmp(target, "host")) {
        fprintf(stderr, "mpyc: emulate: the host target runs natively, not in an emulator\n");
        return 2;
    }
    const struct board *b = board_lookup_or_explain(target);
    if (!b)
        return 2;
    return emulate_run(b, file, &opts);
}
