package org.learnpath.events;

/**
 * What text LearnPath accepts from clients and in events. Control characters other than tab, line feed and carriage return, Unicode
 * noncharacters and unpaired surrogates have no meaning in any field of the API, and several of them break what lies
 * behind it: PostgreSQL refuses NUL in text and jsonb, and a lone surrogate cannot be encoded as UTF-8 at all.
 */
public final class Text {

    private Text() {
    }

    /** The first character {@code value} may not hold, described for a client, or null when it is clean. */
    public static String firstForbidden(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "an unpaired surrogate (U+" + hex(c) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "an unpaired surrogate (U+" + hex(c) + ")";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return "a control character (U+" + hex(c) + ")";
            }
            if (c == 0xfffe || c == 0xffff) {
                return "a noncharacter (U+" + hex(c) + ")";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
