#define _POSIX_C_SOURCE 200809L
#include "emulate.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ARGS 64

/* Splits the board's emulator arguments (space separated, no quoting in
 * boards.def) into argv, in a buffer the caller owns. */
static int split_args(char *text, char **argv, int max) {
    int n = 0;
    for (char *word = strtok(text, " "); word && n < max; word = strtok(NULL, " "))
        argv[n++] = word;
    return n;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Waits for the child; kills it (and its process group) at the deadline. */
static int wait_child(pid_t pid, double timeout) {
    double deadline = timeout > 0 ? now_seconds() + timeout : 0;
    for (;;) {
        int status;
        pid_t done = waitpid(pid, &status, timeout > 0 ? WNOHANG : 0);
        if (done == pid) {
            if (WIFEXITED(status))
                return WEXITSTATUS(status);
            if (WIFSIGNALED(status))
                return 128 + WTERMSIG(status);
            continue;
        }
        if (done < 0 && errno != EINTR) {
            perror("mpyc: waitpid");
            return 2;
        }
        if (timeout > 0 && now_seconds() >= deadline) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            fflush(stdout);
            fprintf(stderr, "\nmpyc: timeout: the program was stopped after %g s\n", timeout);
            return 124;
        }
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
}

int emulate_run(const struct board *b, const char *elf, const struct emulate_options *opts) {
    struct stat st;
    if (stat(elf, &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "mpyc: %s: no such firmware file\n", elf);
        return 2;
    }
    char missing[512];
    if (board_emulator_missing(b, missing, sizeof missing)) {
        fprintf(stderr, "mpyc: the %s emulator (%s) is missing: %s\n", b->name, b->emulator, missing);
        return 2;
    }
    char *argv[MAX_ARGS];
    int argc = 0;
    char args_text[1024], runner[4096], timeout_text[32];
    argv[argc++] = (char *)b->emulator;
    if (!strcmp(b->emulator_kind, "rp2040js")) {
        /* rp2040js is deterministic by construction: --icount changes nothing */
        snprintf(runner, sizeof runner, "%s/tools/rp2040/run.mjs", mpyc_source_dir());
        argv[argc++] = runner;
        argv[argc++] = (char *)elf;
        if (opts->gpio_log) {
            argv[argc++] = "--gpio-log";
            argv[argc++] = (char *)opts->gpio_log;
        }
        if (opts->timeout_seconds > 0) {
            /* the runner stops itself cleanly; our own kill is the backstop */
            snprintf(timeout_text, sizeof timeout_text, "%g", opts->timeout_seconds);
            argv[argc++] = "--timeout";
            argv[argc++] = timeout_text;
        }
    } else {
        snprintf(args_text, sizeof args_text, "%s", b->emulator_args);
        argc += split_args(args_text, argv + argc, MAX_ARGS - 8);
        argv[argc++] = (char *)elf;
        if (opts->icount) {
            argv[argc++] = "-icount";
            argv[argc++] = "shift=0";
        }
        if (opts->gpio_log)
            fprintf(stderr, "mpyc: --gpio-log: %s models no GPIO; ignored\n", b->name);
    }
    argv[argc] = NULL;

    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("mpyc: fork");
        return 2;
    }
    if (pid == 0) {
        setpgid(0, 0); /* so a timeout can stop the whole emulator */
#ifdef __linux__
        /* outside our process group now: when mpyc is killed (a test
         * runner's timeout), the emulator must not run on */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() == 1)
            _exit(127);
#endif
        execvp(argv[0], argv);
        fprintf(stderr, "mpyc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);
    double backstop = opts->timeout_seconds;
    if (backstop > 0 && !strcmp(b->emulator_kind, "rp2040js"))
        backstop += 5;
    int status = wait_child(pid, backstop);
    if (status == 124 && backstop != opts->timeout_seconds)
        fprintf(stderr, "mpyc: timeout: the program was stopped after %g s\n", opts->timeout_seconds);
    return status;
}
