/* State shared by the lexer, the grammar actions and the literal decoders. */
#ifndef MPYC_FRONTEND_PARSER_STATE_H
#define MPYC_FRONTEND_PARSER_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "frontend.h"

#define MP_MAX_INDENT 100     /* CPython's MAXINDENT */
#define MP_MAX_PAREN 200      /* CPython's MAXLEVEL */
#define MP_MAX_EXPR_DEPTH 2989  /* expression nesting CPython 3.11 accepts (2988 nested operators) */
#define MP_MAX_STMT_DEPTH 2990  /* statement nesting (elif chains nest): CPython accepts 2988 elifs */

typedef struct mp_token {
    const char *s;
    uint32_t len;
} mp_token;

typedef struct mp_lexer {
    const char *src, *end;   /* *end is the NUL sentinel */
    const char *cur;
    const char *line_start;
    int line;
    int first_col_base;      /* f-string pieces: column of the text on its first line */
    int first_line;          /* line number of src[0] */
    int indents[MP_MAX_INDENT + 1], alt_indents[MP_MAX_INDENT + 1];
    int indent_top;
    int pending_dedents;
    bool at_bol;             /* indentation of the current line not yet processed */
    bool line_has_tokens;    /* a NEWLINE is due at the end of this logical line */
    bool stmt_start;         /* the next token starts a logical line */
    bool done;               /* ENDMARKER returned */
    bool fstring_mode;       /* lexing an f-string replacement field */
    bool tok_stmt_start;     /* the token just returned starts a logical line */
    char paren[MP_MAX_PAREN];
    int paren_line[MP_MAX_PAREN], paren_col[MP_MAX_PAREN];
    int paren_depth;
    /* match/case soft keywords: indentation levels whose lines start case blocks */
    int match_levels[MP_MAX_INDENT + 1];
    int match_top;
    bool expect_match_block;
    bool indent_error;       /* the last error came from indentation processing */
    bool soft_error;         /* an error CPython's tokenizer reports without raising (see mp_lexer_check_rest) */
    bool generic_error;      /* a stray character: CPython's parser reports plain invalid syntax */
    mp_diag *diag;
} mp_lexer;

typedef struct mp_parser {
    mp_arena *arena;
    mp_diag *diag;
    mp_lexer lex;
    const mp_parse_options *options;
    mp_stmt_seq body;        /* result of a file parse */
    mp_expr *fstring_expr;   /* result of an f-string field parse */
    mp_expr *pending_with_as;   /* the last parenthesised `x as y` awaiting its with statement */
    int with_as_count;          /* how many such nodes are not yet consumed */
    int fstring_nesting;
    int start_token;         /* START_FILE or START_FSTRING, returned first by the lexer */
    /* the last compound statement header, for "expected an indented block after ..." */
    const char *block_what;
    int block_line;
    const char *prev_block_what;   /* the header before, when the lookahead itself is a header */
    int prev_block_line;
    bool block_from_lookahead;
    mp_loc bad_ann_colon;          /* ':' after a target that cannot be annotated (line 0 = none) */
    /* the last two tokens read (the last is the parser's lookahead), for hints in syntax errors */
    int last_tok, prev_tok, prev2_tok;
    mp_loc last_loc, prev_loc;
    mp_token last_text, prev_text;
    bool last_stmt_start, prev_stmt_start;
    bool async_header;          /* `async` started this logical line */
    /* start of the current comma-separated element at each bracket depth */
    int elem_line[MP_MAX_PAREN + 1], elem_col[MP_MAX_PAREN + 1];
    bool elem_pending;
    bool in_case_header;        /* between `case` and the end of its line: patterns, not expressions */
    bool in_lambda_params;      /* between `lambda` and its ':' */
    bool lexer_failed;          /* the error came from the tokenizer */
    bool no_rest_check;         /* an error CPython reports without scanning the rest of the file */
    int stmt_first_tok;         /* first token of the current logical line */
    mp_loc after_strings;       /* the token after a string concatenation: where decoding errors point */
    bool paren_is_call[MP_MAX_PAREN + 1];
    /* last position computed inside a string token (keeps f-string scanning linear) */
    struct { const void *piece; const char *pos, *line_start; int line; } str_pos;   /* the '(' at this depth follows an expression */
    bool is_fstring;
} mp_parser;

void mp_lexer_init(mp_lexer *lx, const char *src, size_t len, mp_diag *diag);
int mp_lexer_col(const mp_lexer *lx, const char *pos);
void mp_lexer_error(mp_lexer *lx, const char *pos, const char *fmt, ...);

/* After a parser error: a tokenizer error later in the file wins, as in CPython. */
void mp_lexer_check_rest(mp_parser *p);

/* Implemented in the generated parser. */
int mp_run_parser(mp_parser *p);

/* literals.c */
bool mp_decode_number(mp_parser *p, const mp_token *tok, int line, int col, mp_constant *out);
/* Concatenated string tokens (an array of tokens with their locations) -> one expression. */
typedef struct mp_str_piece {
    mp_token tok;
    int line, col;
} mp_str_piece;
mp_expr *mp_decode_strings(mp_parser *p, mp_vec *pieces, mp_loc loc);
/* Parses the text of one f-string replacement field expression. */
mp_expr *mp_parse_fstring_field(mp_parser *p, const char *text, size_t len, int line, int col);

#endif
