package org.learnpath.testinfra;

import java.util.Map;

/** One generated request, as sent, and how to print it so that a reader sees every byte that mattered. */
record FuzzRequest(String method, String path, Map<String, String> headers, String contentType, byte[] body,
        String kind) {

    private static final int SHOWN_BODY_BYTES = 600;

    String describe(Map<String, String> tokenNames) {
        StringBuilder out = new StringBuilder();
        out.append(method).append(' ').append(path).append('\n');
        headers.forEach((name, value) -> {
            String shown = value;
            for (Map.Entry<String, String> token : tokenNames.entrySet()) {
                shown = shown.replace(token.getKey(), token.getValue());
            }
            out.append("      ").append(name).append(": ").append(escape(shown)).append('\n');
        });
        if (body != null) {
            out.append("      Content-Type: ").append(contentType == null ? "(none)" : escape(contentType)).append('\n');
            out.append("      body (").append(body.length).append(" bytes, non-ASCII bytes as \\xNN): ")
                    .append(escapeBytes(body));
        }
        return out.toString().stripTrailing();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** Printable ASCII as is, every other byte as \xNN; long bodies keep their start and end. */
    static String escapeBytes(byte[] bytes) {
        if (bytes.length > SHOWN_BODY_BYTES) {
            byte[] head = java.util.Arrays.copyOfRange(bytes, 0, SHOWN_BODY_BYTES - 150);
            byte[] tail = java.util.Arrays.copyOfRange(bytes, bytes.length - 150, bytes.length);
            return escapeBytes(head) + " ...(" + (bytes.length - head.length - tail.length) + " bytes)... "
                    + escapeBytes(tail);
        }
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02X", c));
            }
        }
        return out.toString();
    }
}
