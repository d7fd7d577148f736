package org.learnpath.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Hostile values for the parts of a request outside its body. Path and query values are given already
 * percent-encoded, so that bytes no client library would produce from a Java string (a NUL, a lone surrogate's
 * UTF-8 form, invalid UTF-8) reach the server exactly as written.
 */
final class FuzzValues {

    /** Raw (encoded) path segments and query values that no valid request carries. */
    private static final List<String> HOSTILE_ENCODED = List.of(
            "%00", "a%00b", "%00%00%00", "%01", "%07", "%08", "%09", "%0A", "%0D%0A", "%1B", "%1F", "%7F",
            "%C2%80", "%C2%85", "%E2%80%A8", "%E2%80%AE", "%EF%BB%BF", "%EF%BF%BF", "%EF%BF%BD",
            "%ED%A0%80", "x%ED%A0%80", "%ED%B0%80", "%ED%A0%BD%ED%B8%80", "%C3%28", "%FF", "%FE%FF", "%C0%AE",
            "%C0%80", "%E0%80%AF", "%F8%88%80%80%80", "%F4%90%80%80", "%80",
            "..", "%2E%2E", "%2E", ".", "..%2F..%2Fetc%2Fpasswd", "%2F", "%2F%2F", "%5C", "%5C..%5C",
            "%20", "%20%20", "%09%20", "+", "%2B", "%25", "%2525", "%25%30%30", "%3F", "%23", "%26", "%3D", "%3B",
            "%7B%7D", "%5B%5D", "%22", "%27", "%27%20OR%201%3D1--", "%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
            "null", "undefined", "NaN", "Infinity", "-Infinity", "true", "-1", "0", "-0", "1e400", "1E999999999",
            "123456789012345678901234567890", "9223372036854775808", "0x10", "1-1-1-1-1",
            "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "00000000-0000-0000-0000-0000000000000", "00000000-0000-0000-0000-00000000000g",
            "00000000-0000-0000-0000-000000000000%00", "%7B00000000-0000-0000-0000-000000000000%7D",
            "%F0%9F%98%80", "%C3%A9t%C3%A9", "%E4%B8%AD%E6%96%87", "%D8%B9%D8%B1%D8%A8%D9%8A", "%CC%81%CC%81%CC%81",
            "me", "ME", "%6D%65", "admin", "*", "~", "-", "--", "a--b", "-a", "a-", "A", "Upper-Case");

    private static final List<String> HOSTILE_NUMBERS = List.of("-1", "-2147483648", "2147483647", "2147483648",
            "99999999999999999999", "1e400", "-1e400", "1.5", "0.0", "-0", "0x10", "010", "%2B5", "%205", "5%20", "1_000",
            "NaN", "Infinity", "abc", "", "%00", "5%00", "%EF%BC%95", "%D9%A5");

    /** Header values: only what an HTTP/1.1 client can put on the wire (no CR, LF or NUL). */
    private static final List<String> HOSTILE_HEADERS = List.of("", " ", "\t", "*", "\"\"", "\"", "\"0\"", "W/\"0\"",
            "\"-1\"", "\"1e400\"", "\"99999999999999999999\"", "\"abc\"", "\"0\", \"1\"", "*, \"0\"", "0", "-0",
            "null", "\u0001", "\u001f", "a\u007fb", "\u00e9\u00ff", "\u0080", "%00", "\\u0000", "\"\\u0000\"",
            "' OR 1=1--", "${jndi:ldap://x}", "\"" + "9".repeat(300) + "\"");

    private FuzzValues() {
    }

    static String hostileSegment(Random random) {
        int pick = random.nextInt(HOSTILE_ENCODED.size() + 6);
        return switch (pick - HOSTILE_ENCODED.size()) {
            case 0 -> "a".repeat(300 + random.nextInt(1200));
            case 1 -> "%00".repeat(100 + random.nextInt(300));
            case 2 -> "%ED%A0%80".repeat(20 + random.nextInt(100));
            case 3 -> encode(randomUnicode(random, 1 + random.nextInt(40)));
            case 4 -> uuid(random) + HOSTILE_ENCODED.get(random.nextInt(30));
            case 5 -> encode(uuid(random).toString().toUpperCase(java.util.Locale.ROOT));
            default -> HOSTILE_ENCODED.get(pick);
        };
    }

    static String hostileQueryValue(Random random) {
        return random.nextInt(3) == 0 ? HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()))
                : hostileSegment(random);
    }

    static String hostileHeader(Random random) {
        int pick = random.nextInt(HOSTILE_HEADERS.size() + 2);
        return switch (pick - HOSTILE_HEADERS.size()) {
            case 0 -> "k".repeat(201 + random.nextInt(1800));
            case 1 -> uuid(random) + "\u0001";
            default -> HOSTILE_HEADERS.get(pick);
        };
    }

    /** A version 4 UUID drawn from the run's random source, so that a rerun with the same seed sends it again. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xf000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xc000L << 48)) | (0x8000L << 48);
        return new UUID(high, low);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, as UTF-8. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Letters from many scripts, combining marks, emoji and direction controls: valid, but unusual. */
    static String randomUnicode(Random random, int length) {
        int[] starts = {0x00c0, 0x0391, 0x0410, 0x05d0, 0x0627, 0x0905, 0x3041, 0x4e00, 0xac00, 0x1f600, 0x0300,
                0x200b, 0x202a};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int start = starts[random.nextInt(starts.length)];
            out.appendCodePoint(start + random.nextInt(start >= 0x200b && start < 0x2100 ? 5 : 40));
        }
        return out.toString();
    }
}
