/* Checks int, bigint and float operations against vectors computed by
 * CPython (gen_vectors.py writes them to stdin). Each line:
 *   op  a  b  expected       (ints in decimal; floats as repr strings)
 * The expected value is the repr of the result or "!Type" for an
 * exception. */
#include "rt_test.h"
#include <stdlib.h>

static Obj parse_value(const char *tok) {
    if (strchr(tok, '.') || strchr(tok, 'e') || strchr(tok, 'n') || strchr(tok, 'i'))
        return rt_float_parse(tok, strlen(tok));
    return rt_int_parse(tok, strlen(tok), 10);
}

static const struct { const char *name; BinaryOp op; } binops[] = {
    { "add", RT_BINOP_ADD }, { "sub", RT_BINOP_SUBTRACT }, { "mul", RT_BINOP_MULTIPLY },
    { "floordiv", RT_BINOP_FLOOR_DIVIDE }, { "mod", RT_BINOP_MODULO }, { "truediv", RT_BINOP_TRUE_DIVIDE },
    { "pow", RT_BINOP_POWER }, { "and", RT_BINOP_AND }, { "or", RT_BINOP_OR }, { "xor", RT_BINOP_XOR },
    { "lshift", RT_BINOP_LSHIFT }, { "rshift", RT_BINOP_RSHIFT }, { "divmod", RT_BINOP_DIVMOD },
    { "lt", RT_BINOP_LESS }, { "le", RT_BINOP_LESS_EQUAL }, { "eq", RT_BINOP_EQUAL },
    { "ne", RT_BINOP_NOT_EQUAL }, { "gt", RT_BINOP_MORE }, { "ge", RT_BINOP_MORE_EQUAL },
};

static char result_buf[8192];

static const char *run(const char *op, const char *a_tok, const char *b_tok) {
    Obj a = parse_value(a_tok), b = b_tok ? parse_value(b_tok) : 0;
    if (!a || (b_tok && !b))
        return exc_c();
    Obj r = 0;
    if (!strcmp(op, "neg")) r = rt_unary_op(RT_UNARY_NEGATIVE, a);
    else if (!strcmp(op, "invert")) r = rt_unary_op(RT_UNARY_INVERT, a);
    else if (!strcmp(op, "abs")) r = rt_unary_op(RT_UNARY_ABS, a);
    else if (!strcmp(op, "hex")) r = rt_int_format(a, 16, "0x", false);
    else if (!strcmp(op, "oct")) r = rt_int_format(a, 8, "0o", false);
    else if (!strcmp(op, "bin")) r = rt_int_format(a, 2, "0b", false);
    else if (!strcmp(op, "float")) r = rt_unary_op(RT_UNARY_FLOAT, a);
    else if (!strcmp(op, "int")) r = rt_unary_op(RT_UNARY_INT, a);
    else if (!strcmp(op, "hasheq")) {
        /* hash(a) == hash(float(a)) when float(a) == a */
        Obj f = rt_unary_op(RT_UNARY_FLOAT, a);
        if (!f)
            return exc_c();
        Obj ha = rt_hash(a), hf = rt_hash(f);
        r = rt_bool(ha && hf && ha == hf);
    } else if (!strcmp(op, "parse16")) {
        r = rt_int_parse(a_tok, strlen(a_tok), 0);
    } else if (!strcmp(op, "bytes")) {
        uint8_t buf[64];
        if (rt_int_to_bytes(a, buf, 32, false, true) < 0)
            return exc_c();
        r = rt_int_from_bytes(buf, 32, false, true);
    } else if (!strcmp(op, "fmt_e") || !strcmp(op, "fmt_f") || !strcmp(op, "fmt_g")) {
        char buf[512];
        mp_float v;
        if (rt_get_float(a, &v) < 0)
            return exc_c();
        rt_float_format(v, op[4], (int)small_value(b), buf, sizeof buf);
        r = rt_str_from_cstr(buf);
    } else if (!strcmp(op, "pow3")) {
        const char *c_tok = strtok(NULL, " \n");
        Obj c = parse_value(c_tok);
        r = c ? rt_int_pow3(a, b, c) : 0;
    } else {
        for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
            if (!strcmp(op, binops[i].name))
                r = rt_binary_op(binops[i].op, a, b);
    }
    if (!r) {
        Obj e = rt_exc_take();
        snprintf(result_buf, sizeof result_buf, "!%s", e ? rt_type_name(type_of(e)) : "?");
        return result_buf;
    }
    snprintf(result_buf, sizeof result_buf, "%s", obj_is_str(r) && strncmp(op, "hex", 3) && strncmp(op, "oct", 3) && strncmp(op, "bin", 3) && strncmp(op, "fmt", 3) ? repr_c(r) : (obj_is_str(r) ? rt_str_data(r) : repr_c(r)));
    return result_buf;
}

int main(void) {
    rt_init(0);
    static char line[16384];
    int lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        char copy[16384];
        strcpy(copy, line);
        char *op = strtok(line, " \n");
        if (!op)
            continue;
        int unary = !strcmp(op, "neg") || !strcmp(op, "invert") || !strcmp(op, "abs") || !strcmp(op, "hex") ||
                    !strcmp(op, "oct") || !strcmp(op, "bin") || !strcmp(op, "float") || !strcmp(op, "int") ||
                    !strcmp(op, "hasheq") || !strcmp(op, "parse16") || !strcmp(op, "bytes");
        char *a = strtok(NULL, " \n");
        char *b = unary ? NULL : strtok(NULL, " \n");
        const char *got = run(op, a, b);
        char got_copy[8192];
        snprintf(got_copy, sizeof got_copy, "%s", got);
        char *expected = strtok(NULL, "\n");
        lines++;
        test_checks++;
        if (!expected || strcmp(got_copy, expected) != 0) {
            test_failures++;
            if (test_failures < 20)
                fprintf(stderr, "FAIL: %s  got %s\n", strtok(copy, "\n"), got_copy);
        }
        if (lines % 64 == 0)
            rt_gc_collect();
    }
    return test_summary("numbers");
}
