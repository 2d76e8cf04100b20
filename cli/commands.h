/* One entry point per `mpyc` subcommand; each lives in its own cmd_*.c file. */
#ifndef MPYC_CLI_COMMANDS_H
#define MPYC_CLI_COMMANDS_H

/* argv[0] is the subcommand name; the return value is the process exit status. */
int cmd_parse(int argc, char **argv);

int cmd_targets(int argc, char **argv);
int cmd_emulate(int argc, char **argv);
int cmd_uf2(int argc, char **argv);

int cmd_compile(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif
