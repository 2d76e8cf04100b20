/* Python 3 tokenizer (re2c). Produces INDENT/DEDENT/NEWLINE, tracks brackets
 * for implicit line joining, and classifies the soft keywords match/case. */
#include <stdarg.h>

#include "parser.h"
#include "parser_state.h"
#include "unicode.h"

void mp_lexer_init(mp_lexer *lx, const char *src, size_t len, mp_diag *diag) {
    mp_memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->end = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->line = 1;
    lx->first_line = 1;
    lx->at_bol = true;
    lx->stmt_start = true;
    lx->diag = diag;
}

int mp_lexer_col(const mp_lexer *lx, const char *pos) {
    /* line_start may be past pos when pos is on an earlier line (multi-line tokens) */
    const char *ls = lx->line_start;
    if (pos < ls) {
        ls = pos;
        while (ls > lx->src && ls[-1] != '\n' && ls[-1] != '\r')
            ls--;
    }
    int col = (int)(pos - ls);
    if (ls == lx->src)
        col += lx->first_col_base;
    return col;
}

static int line_of(const mp_lexer *lx, const char *pos) {
    if (pos >= lx->line_start)
        return lx->line;
    int line = lx->line;
    for (const char *q = lx->line_start; q > pos; q--) {
        if (q[-1] == '\n' || (q[-1] == '\r' && q[0] != '\n'))
            line--;
    }
    return line;
}

void mp_lexer_error(mp_lexer *lx, const char *pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_diag_verror(lx->diag, line_of(lx, pos), mp_lexer_col(lx, pos), fmt, ap);
    va_end(ap);
}

static void newline_seen(mp_lexer *lx, const char *after) {
    lx->line++;
    lx->line_start = after;
}

/* Skips a \r\n, \n or \r at p; returns the position after it. */
static const char *skip_eol(const char *p) {
    if (p[0] == '\r' && p[1] == '\n')
        return p + 2;
    return p + 1;
}

static void set_loc(mp_lexer *lx, YYLTYPE *loc, const char *start, int start_line) {
    loc->first_line = start_line;
    loc->first_column = mp_lexer_col(lx, start);
    loc->last_line = lx->line;
    loc->last_column = mp_lexer_col(lx, lx->cur);
}

/* Reports the character at p, which cannot start or continue a token. */
static int bad_character(mp_lexer *lx, const char *p) {
    uint32_t cp;
    mp_utf8_decode((const unsigned char *)p, &cp);
    if (cp < 0x80 && cp >= 0x20 && cp < 0x7F) {
        bool first = !lx->diag->has_error;
        mp_lexer_error(lx, p, "invalid syntax");
        if (first)
            lx->diag->col_in_bytes = true;   /* a tokenizer error: CPython counts bytes */
        lx->soft_error = true;
        lx->generic_error = true;
    }
    else if (mp_unicode_is_printable(cp))
        mp_lexer_error(lx, p, "invalid character '%C' (%U)", cp, cp);
    else
        mp_lexer_error(lx, p, "invalid non-printable character %U", cp);
    return T_ERROR;
}

/* Body of a string literal after its opening quote(s); returns false on error. */
static bool scan_string_body(mp_lexer *lx, const char *tok_start, int tok_line, char quote, bool triple) {
    const char *p = lx->cur;
    for (;;) {
        char c = *p;
        if (c == 0 && p >= lx->end) {
            lx->cur = p;
            int detected = lx->line - (p > lx->src && p[-1] == '\n' ? 1 : 0);
            if (detected < tok_line)
                detected = tok_line;
            if (triple)
                mp_diag_error(lx->diag, tok_line, mp_lexer_col(lx, tok_start),
                              "unterminated triple-quoted string literal (detected at line %d)", detected);
            else
                mp_diag_error(lx->diag, tok_line, mp_lexer_col(lx, tok_start),
                              "unterminated string literal (detected at line %d)", detected);
            return false;
        }
        if (c == '\\') {
            p++;
            if (*p == '\n' || *p == '\r') {
                p = skip_eol(p);
                newline_seen(lx, p);
            } else if (!(*p == 0 && p >= lx->end)) {
                p++;
            }
            continue;
        }
        if (c == quote) {
            if (!triple) {
                lx->cur = p + 1;
                return true;
            }
            if (p[1] == quote && p[2] == quote) {
                lx->cur = p + 3;
                return true;
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple) {
                lx->cur = p;
                mp_diag_error(lx->diag, tok_line, mp_lexer_col(lx, tok_start),
                              "unterminated string literal (detected at line %d)", lx->line);
                return false;
            }
            p = skip_eol(p);
            newline_seen(lx, p);
            continue;
        }
        p++;
    }
}

/* Checks that a non-ASCII identifier only holds identifier characters. */
static bool check_identifier(mp_lexer *lx, const char *s, const char *e) {
    bool first = true;
    const char *start = s;
    for (const char *q = s; q < e;) {
        const char *why = "";
        int n = mp_utf8_check((const unsigned char *)q, (const unsigned char *)e, &why);
        if (!n) {
            unsigned char c = (unsigned char)*q;
            mp_lexer_error(lx, q, "(unicode error) 'utf-8' codec can't decode byte 0x%c%c in position %d: %s",
                           "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], (int)(q - start), why);
            return false;
        }
        q += n;
    }
    while (s < e) {
        uint32_t cp;
        int n = mp_utf8_decode((const unsigned char *)s, &cp);
        if (first ? !mp_unicode_is_id_start(cp) : !mp_unicode_is_id_continue(cp)) {
            if (!first && cp < 0x80) /* cannot happen: ASCII handled by the regex */
                return true;
            bad_character(lx, s);
            return false;
        }
        first = false;
        s += n;
    }
    return true;
}

static bool is_id_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

/* A number directly followed by a letter: CPython accepts a few keywords there.
 * Errors point one character before the first offending one, as CPython's do. */
static bool number_end_ok(mp_lexer *lx, const char *num_start, const char *kind) {
    const char *p = lx->cur;
    if (!is_id_byte((unsigned char)*p))
        return true;
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = mp_strlen(kws[i]);
        if (!mp_memcmp(p, kws[i], n))
            return true;
    }
    if ((*p == 'e' || *p == 'E') && (p[1] == '+' || p[1] == '-'))
        p += 2;   /* an exponent sign without digits */
    (void)num_start;
    mp_lexer_error(lx, p - 1, "invalid %s literal", kind);
    return false;
}

static bool push_paren(mp_lexer *lx, char c, const char *pos) {
    if (lx->paren_depth >= MP_MAX_PAREN) {
        mp_lexer_error(lx, pos, "too many nested parentheses");
        return false;
    }
    lx->paren[lx->paren_depth] = c;
    lx->paren_line[lx->paren_depth] = lx->line;
    lx->paren_col[lx->paren_depth] = mp_lexer_col(lx, pos);
    lx->paren_depth++;
    return true;
}

static bool pop_paren(mp_lexer *lx, char c, const char *pos) {
    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (lx->paren_depth == 0) {
        mp_lexer_error(lx, pos, "unmatched '%c'", c);
        return false;
    }
    char top = lx->paren[lx->paren_depth - 1];
    if (top != open) {
        int tl = lx->paren_line[lx->paren_depth - 1];
        if (tl != lx->line)
            mp_lexer_error(lx, pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                           c, top, tl);
        else
            mp_lexer_error(lx, pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, top);
        return false;
    }
    lx->paren_depth--;
    return true;
}

/* Processes the indentation at the start of a line: returns INDENT, DEDENT,
 * 0 (nothing to emit) or T_ERROR. Skips blank and comment-only lines. */
static int indentation(mp_lexer *lx, YYLTYPE *loc) {
    for (;;) {
        const char *p = lx->cur;
        int col = 0, alt = 0;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        if (*p == '\\') {
            lx->cur = p;   /* CPython leaves indentation alone on a line that starts with a backslash */
            return 0;
        }
        if (*p == '#' || *p == '\n' || *p == '\r') {
            while (*p != '\n' && *p != '\r' && !(*p == 0 && p >= lx->end))
                p++;
            if (*p == 0) {
                lx->cur = p;
                return 0;
            }
            p = skip_eol(p);
            newline_seen(lx, p);
            lx->cur = p;
            continue;
        }
        lx->cur = p;
        if (*p == 0 && p >= lx->end)
            return 0;   /* end of input: the caller emits the final DEDENTs */
        loc->first_line = loc->last_line = lx->line;
        loc->first_column = loc->last_column = mp_lexer_col(lx, p);
        int top = lx->indent_top;
        if (col == lx->indents[top]) {
            if (alt != lx->alt_indents[top])
                goto tab_error;
            return 0;
        }
        if (col > lx->indents[top]) {
            if (alt <= lx->alt_indents[top])
                goto tab_error;
            if (top + 1 >= MP_MAX_INDENT) {
                mp_diag_error(lx->diag, lx->line, 0, "too many levels of indentation");
                lx->indent_error = true;
                return T_ERROR;
            }
            if (loc->first_column > 0)
                loc->first_column--;   /* CPython points at the last indentation character */
            lx->indent_top++;
            lx->indents[lx->indent_top] = col;
            lx->alt_indents[lx->indent_top] = alt;
            if (lx->expect_match_block) {
                lx->match_levels[++lx->match_top] = lx->indent_top;
                lx->expect_match_block = false;
            }
            return T_INDENT;
        }
        int dedents = 0;
        while (lx->indent_top > 0 && col < lx->indents[lx->indent_top]) {
            lx->indent_top--;
            dedents++;
        }
        if (col != lx->indents[lx->indent_top]) {
            /* CPython points just past the end of the offending line */
            const char *e = p;
            while (*e && *e != '\n' && *e != '\r')
                e++;
            mp_diag_error(lx->diag, lx->line, mp_lexer_col(lx, e),
                          "unindent does not match any outer indentation level");
            lx->indent_error = true;
            return T_ERROR;
        }
        if (alt != lx->alt_indents[lx->indent_top])
            goto tab_error;
        while (lx->match_top > 0 && lx->match_levels[lx->match_top] > lx->indent_top)
            lx->match_top--;
        lx->pending_dedents = dedents - 1;
        loc->first_column--;   /* CPython's DEDENT sits just before the line's first character */
        return T_DEDENT;
    tab_error:
        mp_diag_error(lx->diag, lx->line, 0, "inconsistent use of tabs and spaces in indentation");
        lx->indent_error = true;
        return T_ERROR;
    }
}

static int lex_token(mp_lexer *lx, YYSTYPE *val, YYLTYPE *loc);

/* `match` at the start of a logical line is the keyword when the line ends in
 * a top-level ':' (nothing else that starts with a name can). */
static bool match_is_keyword(mp_lexer *lx) {
    mp_lexer probe = *lx;
    mp_diag quiet;
    mp_diag_clear(&quiet);
    probe.diag = &quiet;
    probe.stmt_start = false;
    YYSTYPE v;
    YYLTYPE l;
    int first = lex_token(&probe, &v, &l);
    switch (first) {
    case T_NAME: case T_NUMBER: case T_STRING: case '(': case '[': case '{': case '-': case '+':
    case '~': case '*': case KW_NOT: case KW_AWAIT: case KW_LAMBDA: case KW_NONE: case KW_TRUE:
    case KW_FALSE: case T_ELLIPSIS: case T_MATCH: case T_CASE:
        break;
    default:
        return false;
    }
    int last = first;
    for (;;) {
        int t = lex_token(&probe, &v, &l);
        if (t == T_NEWLINE || t == 0 || t == T_ERROR)
            return t == T_NEWLINE && last == ':';
        if (probe.paren_depth == 0 && (t == '=' || t == ';'))
            return false;
        last = t;
    }
}

#define TOKEN(t) do { tok = (t); goto done; } while (0)

static int lex_token(mp_lexer *lx, YYSTYPE *val, YYLTYPE *loc) {
    const char *start, *marker = NULL, *comment = NULL;
    int start_line, tok;
again:
    start = lx->cur;
    start_line = lx->line;
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "marker";
    re2c:yyfill:enable = 0;

    digit = [0-9];
    digitpart = digit ("_"? digit)*;
    decinteger = [1-9] ("_"? digit)* | "0" ("_"? "0")*;
    hexinteger = "0" [xX] ("_"? [0-9a-fA-F])+;
    octinteger = "0" [oO] ("_"? [0-7])+;
    bininteger = "0" [bB] ("_"? [01])+;
    fraction = "." digitpart;
    exponent = [eE] [+-]? digitpart;
    pointfloat = digitpart? fraction | digitpart ".";
    exponentfloat = (digitpart | pointfloat) exponent;
    floatnumber = pointfloat | exponentfloat;
    imagnumber = (floatnumber | digitpart) [jJ];
    id_start = [a-zA-Z_\x80-\xff];
    id_continue = [a-zA-Z0-9_\x80-\xff];
    strprefix = [rR]? [bBfF]? | [bBfF] [rR] | [uU];

    "\x00" {
        if (lx->cur - 1 >= lx->end) {
            lx->cur--;
            return 0;
        }
        mp_lexer_error(lx, start, "source code cannot contain null bytes");
        return T_ERROR;
    }
    [ \t\f]+ { goto again; }
    "#" [^\r\n\x00]* { comment = start; goto again; }
    "\\" ("\r\n" | "\r" | "\n") {
        if (*lx->cur == 0 && lx->cur >= lx->end) {
            mp_lexer_error(lx, start + 1, "unexpected EOF while parsing");
            lx->soft_error = true;
            return T_ERROR;
        }
        newline_seen(lx, lx->cur);
        goto again;
    }
    "\\" {
        if (*lx->cur == 0 && lx->cur >= lx->end) {
            mp_lexer_error(lx, lx->cur, "unexpected EOF while parsing");
            return T_ERROR;
        }
        mp_lexer_error(lx, lx->cur, "unexpected character after line continuation character");
        lx->soft_error = true;
        return T_ERROR;
    }
    "\r\n" | "\r" | "\n" {
        newline_seen(lx, lx->cur);
        if (lx->paren_depth > 0 || lx->fstring_mode || !lx->line_has_tokens)
            goto again;
        lx->at_bol = true;
        if (comment)
            start = comment;
        loc->first_line = start_line;
        loc->first_column = mp_lexer_col(lx, start);
        loc->last_line = start_line;
        loc->last_column = loc->first_column + 1;
        return T_NEWLINE;
    }

    "False" { TOKEN(KW_FALSE); }
    "None" { TOKEN(KW_NONE); }
    "True" { TOKEN(KW_TRUE); }
    "and" { TOKEN(KW_AND); }
    "as" { TOKEN(KW_AS); }
    "assert" { TOKEN(KW_ASSERT); }
    "async" { TOKEN(KW_ASYNC); }
    "await" { TOKEN(KW_AWAIT); }
    "break" { TOKEN(KW_BREAK); }
    "class" { TOKEN(KW_CLASS); }
    "continue" { TOKEN(KW_CONTINUE); }
    "def" { TOKEN(KW_DEF); }
    "del" { TOKEN(KW_DEL); }
    "elif" { TOKEN(KW_ELIF); }
    "else" { TOKEN(KW_ELSE); }
    "except" { TOKEN(KW_EXCEPT); }
    "finally" { TOKEN(KW_FINALLY); }
    "for" { TOKEN(KW_FOR); }
    "from" { TOKEN(KW_FROM); }
    "global" { TOKEN(KW_GLOBAL); }
    "if" { TOKEN(KW_IF); }
    "import" { TOKEN(KW_IMPORT); }
    "in" { TOKEN(KW_IN); }
    "is" { TOKEN(KW_IS); }
    "lambda" { TOKEN(KW_LAMBDA); }
    "nonlocal" { TOKEN(KW_NONLOCAL); }
    "not" { TOKEN(KW_NOT); }
    "or" { TOKEN(KW_OR); }
    "pass" { TOKEN(KW_PASS); }
    "raise" { TOKEN(KW_RAISE); }
    "return" { TOKEN(KW_RETURN); }
    "try" { TOKEN(KW_TRY); }
    "while" { TOKEN(KW_WHILE); }
    "with" { TOKEN(KW_WITH); }
    "yield" { TOKEN(KW_YIELD); }

    strprefix ["'] {
        char quote = lx->cur[-1];
        bool triple = lx->cur[0] == quote && lx->cur[1] == quote;
        if (triple)
            lx->cur += 2;
        if (!scan_string_body(lx, start, start_line, quote, triple))
            return T_ERROR;
        TOKEN(T_STRING);
    }

    id_start id_continue* {
        bool ascii = true;
        for (const char *q = start; q < lx->cur; q++)
            if ((unsigned char)*q >= 0x80)
                ascii = false;
        if (!ascii && !check_identifier(lx, start, lx->cur))
            return T_ERROR;
        size_t n = (size_t)(lx->cur - start);
        if (lx->stmt_start && n == 5 && !mp_memcmp(start, "match", 5) && !lx->fstring_mode) {
            if (match_is_keyword(lx)) {
                lx->expect_match_block = true;
                TOKEN(T_MATCH);
            }
        }
        if (lx->stmt_start && n == 4 && !mp_memcmp(start, "case", 4) && lx->match_top > 0 &&
            lx->match_levels[lx->match_top] == lx->indent_top)
            TOKEN(T_CASE);
        TOKEN(T_NAME);
    }

    "0" "_"? [0-9] ("_"? [0-9])* {
        /* a decimal with leading zeros that is not all zeros, unless it turns out to be a float */
        const char *p = lx->cur;
        if (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J') {
            lx->cur = start;
            goto number_retry;
        }
        for (const char *q = start; q < lx->cur; q++)
            if (*q != '0' && *q != '_') {
                mp_lexer_error(lx, start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                return T_ERROR;
            }
        if (!number_end_ok(lx, start, "decimal"))
            return T_ERROR;
        TOKEN(T_NUMBER);
    }
    decinteger | floatnumber {
        if (*lx->cur == '_') {
            mp_lexer_error(lx, lx->cur[-1] == '.' ? lx->cur - 1 : lx->cur, "invalid decimal literal");
            return T_ERROR;
        }
        if (!number_end_ok(lx, start, "decimal")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    imagnumber {
        if (!number_end_ok(lx, start, "imaginary")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    hexinteger {
        if (*lx->cur == '_') { mp_lexer_error(lx, lx->cur, "invalid hexadecimal literal"); return T_ERROR; }
        if (!number_end_ok(lx, start, "hexadecimal")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    octinteger {
        if (*lx->cur >= '8' && *lx->cur <= '9') { mp_lexer_error(lx, lx->cur, "invalid digit '%c' in octal literal", *lx->cur); return T_ERROR; }
        if (*lx->cur == '_') { mp_lexer_error(lx, lx->cur, "invalid octal literal"); return T_ERROR; }
        if (!number_end_ok(lx, start, "octal")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    bininteger {
        if (*lx->cur >= '2' && *lx->cur <= '9') { mp_lexer_error(lx, lx->cur, "invalid digit '%c' in binary literal", *lx->cur); return T_ERROR; }
        if (*lx->cur == '_') { mp_lexer_error(lx, lx->cur, "invalid binary literal"); return T_ERROR; }
        if (!number_end_ok(lx, start, "binary")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    "0" [xX] { mp_lexer_error(lx, lx->cur - 1, "invalid hexadecimal literal"); return T_ERROR; }
    "0" [oO] {
        if (*lx->cur >= '8' && *lx->cur <= '9') mp_lexer_error(lx, lx->cur, "invalid digit '%c' in octal literal", *lx->cur);
        else mp_lexer_error(lx, lx->cur - 1, "invalid octal literal");
        return T_ERROR;
    }
    "0" [bB] {
        if (*lx->cur >= '2' && *lx->cur <= '9') mp_lexer_error(lx, lx->cur, "invalid digit '%c' in binary literal", *lx->cur);
        else mp_lexer_error(lx, lx->cur - 1, "invalid binary literal");
        return T_ERROR;
    }

    "(" { if (!push_paren(lx, '(', start)) return T_ERROR; TOKEN('('); }
    "[" { if (!push_paren(lx, '[', start)) return T_ERROR; TOKEN('['); }
    "{" { if (!push_paren(lx, '{', start)) return T_ERROR; TOKEN('{'); }
    ")" { if (!pop_paren(lx, ')', start)) return T_ERROR; TOKEN(')'); }
    "]" { if (!pop_paren(lx, ']', start)) return T_ERROR; TOKEN(']'); }
    "}" { if (!pop_paren(lx, '}', start)) return T_ERROR; TOKEN('}'); }

    "..." { TOKEN(T_ELLIPSIS); }
    "->" { TOKEN(T_ARROW); }
    ":=" { TOKEN(T_WALRUS); }
    "**" { TOKEN(T_POW); }
    "//" { TOKEN(T_FLOORDIV); }
    "<<" { TOKEN(T_LSHIFT); }
    ">>" { TOKEN(T_RSHIFT); }
    "==" { TOKEN(T_EQEQ); }
    "!=" { TOKEN(T_NOTEQ); }
    "<=" { TOKEN(T_LE); }
    ">=" { TOKEN(T_GE); }
    "<>" { mp_lexer_error(lx, start, "invalid syntax"); return T_ERROR; }
    "+=" { TOKEN(T_PLUSEQ); }
    "-=" { TOKEN(T_MINUSEQ); }
    "*=" { TOKEN(T_STAREQ); }
    "/=" { TOKEN(T_SLASHEQ); }
    "%=" { TOKEN(T_PERCENTEQ); }
    "&=" { TOKEN(T_AMPEQ); }
    "|=" { TOKEN(T_PIPEEQ); }
    "^=" { TOKEN(T_CARETEQ); }
    "@=" { TOKEN(T_ATEQ); }
    "<<=" { TOKEN(T_LSHIFTEQ); }
    ">>=" { TOKEN(T_RSHIFTEQ); }
    "**=" { TOKEN(T_POWEQ); }
    "//=" { TOKEN(T_FLOORDIVEQ); }
    [-+*/%&|^~<>=.,:;@] { TOKEN(start[0]); }

    * {
        return bad_character(lx, start);
    }
    */
number_retry:
    /*!re2c
    decinteger | floatnumber | digitpart {
        if (!number_end_ok(lx, start, "decimal")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    imagnumber {
        if (!number_end_ok(lx, start, "imaginary")) return T_ERROR;
        TOKEN(T_NUMBER);
    }
    * { return bad_character(lx, start); }
    */
done:
    val->tok.s = start;
    val->tok.len = (uint32_t)(lx->cur - start);
    set_loc(lx, loc, start, start_line);
    lx->line_has_tokens = true;
    lx->stmt_start = false;
    return tok;
}

static int next_token(YYSTYPE *val, YYLTYPE *loc, mp_parser *p);

static const char *block_kind(int tok) {
    switch (tok) {
    case KW_IF: return "'if' statement";
    case KW_ELIF: return "'elif' statement";
    case KW_ELSE: return "'else' statement";
    case KW_WHILE: return "'while' statement";
    case KW_FOR: return "'for' statement";
    case KW_WITH: return "'with' statement";
    case KW_TRY: return "'try' statement";
    case KW_EXCEPT: return "'except' statement";
    case KW_FINALLY: return "'finally' statement";
    case KW_DEF: return "function definition";
    case KW_CLASS: return "class definition";
    case T_MATCH: return "'match' statement";
    case T_CASE: return "'case' statement";
    default: return NULL;
    }
}

/* Records what the syntax error reporter needs: block headers, the previous
 * token, and where each bracketed element starts. */
int yylex(YYSTYPE *val, YYLTYPE *loc, mp_parser *p) {
    p->lex.tok_stmt_start = false;
    int t = next_token(val, loc, p);
    if (t == T_ERROR)
        p->lexer_failed = true;
    bool stmt_start = p->lex.tok_stmt_start;
    p->block_from_lookahead = false;
    if (stmt_start || (p->async_header && p->last_tok == KW_ASYNC)) {
        const char *what = block_kind(t);
        if (what) {
            p->prev_block_what = p->block_what;
            p->prev_block_line = p->block_line;
            p->block_what = what;
            p->block_line = loc->first_line;
            p->block_from_lookahead = true;
        }
        p->async_header = stmt_start && t == KW_ASYNC;
    }
    if (p->last_tok == KW_EXCEPT && t == '*' && p->block_line == p->last_loc.line)
        p->block_what = "'except*' statement";
    int d = p->lex.paren_depth;
    bool opener = t == '(' || t == '[' || t == '{', closer = t == ')' || t == ']' || t == '}';
    if (opener)
        d--;   /* the lexer already pushed this bracket */
    if (t == '(' && d + 1 <= MP_MAX_PAREN && d + 1 >= 0)
        p->paren_is_call[d + 1] = p->last_tok == T_NAME || p->last_tok == ')' || p->last_tok == ']' ||
                                  p->last_tok == T_STRING;
    if (p->elem_pending && !closer && d >= 0 && d <= MP_MAX_PAREN) {
        p->elem_line[d] = loc->first_line;
        p->elem_col[d] = loc->first_column;
    }
    p->elem_pending = t == '(' || t == '[' || t == '{' || t == ',' || t == '=' || t == ':' || t == KW_AS ||
                      t == T_NEWLINE || t == T_INDENT || t == T_DEDENT || (t >= T_PLUSEQ && t <= T_FLOORDIVEQ) ||
                      t == KW_RETURN || t == KW_YIELD || t == KW_ASSERT || t == KW_DEL || t == T_WALRUS ||
                      t == KW_IN || (stmt_start && (t == KW_IF || t == KW_ELIF || t == KW_WHILE));
    if (stmt_start && p->lex.paren_depth <= MP_MAX_PAREN) {
        p->elem_line[p->lex.paren_depth] = loc->first_line;
        p->elem_col[p->lex.paren_depth] = loc->first_column;
    }
    if (stmt_start)
        p->stmt_first_tok = t;
    if (t == T_CASE)
        p->in_case_header = true;
    else if (t == T_NEWLINE)
        p->in_case_header = false;
    if (t == KW_LAMBDA)
        p->in_lambda_params = true;
    else if (t == ':')
        p->in_lambda_params = false;
    p->prev2_tok = p->prev_tok;
    p->prev_tok = p->last_tok;
    p->prev_loc = p->last_loc;
    p->prev_text = p->last_text;
    p->prev_stmt_start = p->last_stmt_start;
    p->last_tok = t;
    p->last_loc = (mp_loc){loc->first_line, loc->first_column, loc->last_line, loc->last_column, NULL};
    p->last_text = (t == T_NAME || t == T_STRING || t == T_NUMBER) ? val->tok : (mp_token){NULL, 0};
    p->last_stmt_start = stmt_start;
    return t;
}

static int next_token(YYSTYPE *val, YYLTYPE *loc, mp_parser *p) {
    mp_lexer *lx = &p->lex;
    if (p->start_token) {
        int t = p->start_token;
        p->start_token = 0;
        loc->first_line = loc->last_line = lx->line;
        loc->first_column = loc->last_column = 0;
        return t;
    }
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        loc->first_line = loc->last_line = lx->line;
        loc->first_column = loc->last_column = mp_lexer_col(lx, lx->cur);
        return T_DEDENT;
    }
    if (lx->at_bol && !lx->fstring_mode) {
        lx->at_bol = false;
        bool expecting = lx->expect_match_block;
        int t = indentation(lx, loc);
        if (expecting && t != T_INDENT)
            lx->expect_match_block = false;
        lx->stmt_start = true;
        if (t)
            return t;
    }
    if (lx->done)
        return 0;
    lx->tok_stmt_start = lx->stmt_start;
    int t = lex_token(lx, val, loc);
    if (t == T_NEWLINE) {
        lx->line_has_tokens = false;
        lx->stmt_start = true;
        return t;
    }
    if (t == 0) {
        /* CPython reports errors at end of input just after the last non-blank character */
        const char *e = lx->cur;
        int eline = lx->line;
        while (e > lx->src && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\f' || e[-1] == '\n' || e[-1] == '\r')) {
            if (e[-1] == '\n')
                eline--;
            e--;
        }
        if (eline < 1)
            eline = 1;
        const char *ls = e;
        while (ls > lx->src && ls[-1] != '\n')
            ls--;
        loc->first_line = loc->last_line = eline;
        loc->first_column = loc->last_column = (int)(e - ls) + (ls == lx->src ? lx->first_col_base : 0);
        if (lx->paren_depth > 0) {
            int d = lx->paren_depth - 1;
            mp_diag_error(lx->diag, lx->paren_line[d], lx->paren_col[d], "'%c' was never closed", lx->paren[d]);
            return T_ERROR;
        }
        if (lx->fstring_mode) {
            lx->done = true;
            return 0;
        }
        if (lx->line_has_tokens) {
            lx->line_has_tokens = false;
            lx->stmt_start = true;
            return T_NEWLINE;
        }
        if (lx->indent_top > 0) {
            lx->indent_top--;
            return T_DEDENT;
        }
        lx->done = true;
        return 0;
    }
    return t;
}

/* CPython's check for a bracket left open: reported instead when the error
 * is on a later line than the innermost open bracket. */
static bool report_unclosed(mp_parser *p, const mp_lexer *state, int err_line) {
    if (state->paren_depth <= 0)
        return false;
    int top = state->paren_depth - 1;
    if (err_line <= state->paren_line[top])
        return false;
    mp_diag_clear(p->diag);
    mp_diag_error(p->diag, state->paren_line[top], state->paren_col[top], "'%c' was never closed", state->paren[top]);
    return true;
}

/* After a parser error CPython tokenizes the rest of the file: a tokenizer
 * error found there replaces the parser's message, and a bracket still open
 * where the scan stops is reported if it opened before the error's line. */
void mp_lexer_check_rest(mp_parser *p) {
    if (p->is_fstring || !p->diag->has_error || p->no_rest_check)
        return;
    /* a tokenizer error stands, except a stray character: CPython's parser calls that plain
     * invalid syntax, then scans on */
    if (p->lexer_failed && !p->lex.generic_error)
        return;
    int err_line = p->lexer_failed ? p->diag->line : p->last_loc.line;
    mp_diag found;
    mp_diag_clear(&found);
    mp_parser *shadow = mp_arena_alloc(p->arena, sizeof *shadow);
    if (!shadow)
        return;
    *shadow = *p;
    shadow->diag = &found;
    shadow->lex.diag = &found;
    shadow->lex.soft_error = shadow->lex.generic_error = shadow->lex.indent_error = false;
    YYSTYPE v;
    YYLTYPE l;
    int t;
    do {
        t = next_token(&v, &l, shadow);
    } while (t != 0 && t != T_ERROR);
    bool at_end = shadow->lex.cur >= shadow->lex.end;
    if (t == T_ERROR && at_end && shadow->lex.paren_depth > 0) {
        report_unclosed(p, &shadow->lex, err_line);   /* end of input inside brackets */
        return;
    }
    if (t == T_ERROR && (shadow->lex.indent_error || shadow->lex.soft_error)) {
        report_unclosed(p, &shadow->lex, err_line);
        return;
    }
    if (t == T_ERROR && found.has_error)
        *p->diag = found;
}
