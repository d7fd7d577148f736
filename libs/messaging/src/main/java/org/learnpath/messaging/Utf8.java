package org.learnpath.messaging;

import java.nio.charset.StandardCharsets;

/** UTF-8 sizes and cuts of Java strings, without encoding them whole. */
final class Utf8 {

    private Utf8() {
    }

    /** The number of bytes of {@code text} in UTF-8 (an unpaired surrogate counts as the one byte it is replaced by). */
    static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Whether PostgreSQL can store {@code text} as it is: no NUL, every surrogate paired. */
    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-8 bytes of {@code text}, cut to at most {@code max} bytes at a character boundary. */
    static byte[] bounded(String text, int max) {
        return bounded(text.getBytes(StandardCharsets.UTF_8), max);
    }

    /** {@code bytes}, cut to at most {@code max} without splitting a UTF-8 sequence (when they are UTF-8). */
    static byte[] bounded(byte[] bytes, int max) {
        if (bytes.length <= max) {
            return bytes;
        }
        int end = Math.max(0, max);
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
