/* mpyc driver: dispatches to one subcommand. */
#include <stdio.h>
#include <string.h>

#include "commands.h"

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
};

static const struct command commands[] = {
    {"parse", cmd_parse, "parse FILE... [--dump-ast]   check syntax; print CPython-style ast.dump"},
    {"compile", cmd_compile, "compile FILE --emit=c|ir [-o OUT]   print the program's IR or generated C"},
    {"build", cmd_build, "build FILE [-o OUT] [--target T] [--heap SIZE] [--stack SIZE] [-I DIR]\n"
                         "                               a host executable, or firmware: APP.elf (and APP.uf2 for rp2040)"},
    {"run", cmd_run, "run FILE [ARGS...] [--target T] [--heap SIZE] [--stack SIZE] [-I DIR]\n"
                     "      [--timeout S] [--icount] [--gpio-log F]\n"
                     "                               build (cached) and run on the host or in the board's emulator"},
    {"targets", cmd_targets, "targets                      list boards: CPU, toolchain and emulator state"},
    {"emulate", cmd_emulate, "emulate --target T FILE.elf [--timeout S] [--icount] [--gpio-log F]   run a firmware in its emulator"},
    {"uf2", cmd_uf2, "uf2 FILE.elf [-o OUT.uf2]    RP2040 UF2 image of a firmware ELF"},
};

static void print_usage(FILE *out) {
    fprintf(out, "usage: mpyc COMMAND [ARGS...]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %s\n", commands[i].usage);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        print_usage(stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "mpyc: unknown command '%s'\n", argv[1]);
    print_usage(stderr);
    return 2;
}
