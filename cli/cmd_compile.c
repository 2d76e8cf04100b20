/* `mpyc compile FILE --emit=c|ir [-o OUT] [-I DIR]`: prints the program's IR
 * or generated C. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "pipeline.h"

static const char usage[] = "usage: mpyc compile FILE --emit=c|ir [-o OUT] [-I DIR]\n";

static int emit_option(void *kind, int argc, char **argv, int i) {
    (void)argc;
    if (!strcmp(argv[i], "--emit=ir"))
        *(emit_kind *)kind = EMIT_IR;
    else if (!strcmp(argv[i], "--emit=c"))
        *(emit_kind *)kind = EMIT_C;
    else
        return 0;
    return 1;
}

int cmd_compile(int argc, char **argv) {
    pipeline_options opt = {0};
    emit_kind kind = EMIT_C;
    const char *out_path = NULL;
    if (pipeline_parse_command(&opt, &out_path, argc, argv, "compile", usage, emit_option, &kind))
        return 2;
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
