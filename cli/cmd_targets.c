/* mpyc targets: every board with its CPU, toolchain state and emulator. */
#include <stdio.h>

#include "commands.h"
#include "targets.h"

int cmd_targets(int argc, char **argv) {
    (void)argv;
    if (argc > 1) {
        fprintf(stderr, "usage: mpyc targets\n");
        return 2;
    }
    printf("%-11s %-36s %-42s %s\n", "TARGET", "CPU", "TOOLCHAIN", "EMULATOR");
    printf("%-11s %-36s %-42s %s\n", "host", "native", "cc: installed", "runs natively");
    for (size_t i = 0; i < board_count(); i++) {
        const struct board *b = board_at(i);
        char missing[512], toolchain[600], emulator[600];
        if (board_toolchain_missing(b, missing, sizeof missing))
            snprintf(toolchain, sizeof toolchain, "missing: apt-get install %s", missing);
        else
            snprintf(toolchain, sizeof toolchain, "%s: installed", b->cc);
        if (board_emulator_missing(b, missing, sizeof missing))
            snprintf(emulator, sizeof emulator, "%s: missing: %s", b->emulator_kind, missing);
        else
            snprintf(emulator, sizeof emulator, "%s: installed",
                     b->emulator_kind[0] == 'q' ? b->emulator : "rp2040js (node)");
        printf("%-11s %-36s %-42s %s\n", b->name, b->cpu, toolchain, emulator);
    }
    return 0;
}
