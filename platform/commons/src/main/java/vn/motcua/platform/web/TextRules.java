package vn.motcua.platform.web;

import java.text.Normalizer;

/**
 * What a text field may hold. Vietnamese typed on some keyboards arrives decomposed (NFD: "ệ" as e + two
 * combining marks), so equal names would compare and sort differently: text is stored composed (NFC). Code
 * points that are invisible or unstorable are refused, not stripped, so the caller sees what was wrong:
 * control characters (PostgreSQL rejects NUL outright), bidirectional overrides and isolates (they make
 * "abc.exe" display as "exe.cba"), non-characters and lone surrogates (not text at all).
 * Tab, line feed and carriage return are allowed: free-text fields (reasons, notes) are multi-line.
 */
public final class TextRules {
    private TextRules() {
    }

    /** The text in NFC, or {@link Refused} naming the first offending code point. */
    public static String accept(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, raw.charAt(++i));
                    check(cp, i - 1);
                    continue;
                }
                throw new Refused("contains a lone surrogate (" + hex(c) + ") at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new Refused("contains a lone surrogate (" + hex(c) + ") at position " + i);
            }
            check(c, i);
        }
        return Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    private static void check(int cp, int position) {
        String what = null;
        if (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
            what = "a control character";
        } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            what = "a bidirectional override";
        } else if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            what = "a non-character";
        }
        if (what != null) {
            throw new Refused("contains " + what + " (" + hex(cp) + ") at position " + position);
        }
    }

    private static String hex(int cp) {
        return String.format("U+%04X", cp);
    }

    /** A text the platform does not store; the message is safe to show the caller. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }
}
