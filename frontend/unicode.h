/* Unicode character classes the lexer and the AST dump need. */
#ifndef MPYC_FRONTEND_UNICODE_H
#define MPYC_FRONTEND_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool mp_unicode_is_id_start(uint32_t cp);
bool mp_unicode_is_id_continue(uint32_t cp);
bool mp_unicode_is_printable(uint32_t cp);
/* NFKC form (UTF-8) of an identifier character when it differs from the character, else NULL.
 * Identifiers are normalised character by character (no canonical composition). */
const char *mp_unicode_nfkc(uint32_t cp);
/* Code points of bytes 0x80-0xFF (0xFFFF = undefined) of a single-byte code page
 * named as Python names it (aliases included), or NULL. */
const uint16_t *mp_unicode_charmap(const char *name, size_t len);
/* Canonical composition of a pair (e.g. 'e' + U+0301 -> U+00E9), or 0. */
uint32_t mp_unicode_compose(uint32_t a, uint32_t b);
/* \N{name} lookup (case-insensitive, algorithmic names included); hosted builds only. */
bool mp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

/* Decodes one UTF-8 sequence at s (which the caller has validated); returns its length. */
static inline int mp_utf8_decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if (s[0] < 0xE0) { *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if (s[0] < 0xF0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

static inline int mp_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the valid UTF-8 sequence at s (s < e), or 0 with *why set to the
 * reason CPython's decoder gives. Never reads at or past e. */
static inline int mp_utf8_check(const unsigned char *s, const unsigned char *e, const char **why) {
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    int n;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
    else { *why = "invalid start byte"; return 0; }
    for (int i = 1; i < n; i++) {
        if (s + i >= e) { *why = "unexpected end of data"; return 0; }
        if ((s[i] & 0xC0) != 0x80) { *why = "invalid continuation byte"; return 0; }
    }
    uint32_t cp;
    mp_utf8_decode(s, &cp);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *why = "invalid continuation byte";
        return 0;
    }
    return n;
}

#endif
