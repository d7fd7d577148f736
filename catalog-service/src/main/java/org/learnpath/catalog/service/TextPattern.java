package org.learnpath.catalog.service;

import java.util.Locale;

/** A case-insensitive "contains" LIKE pattern in which the user's % and _ are literal characters. */
final class TextPattern {

    static final char ESCAPE = '\\';

    private TextPattern() {
    }

    static String contains(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
