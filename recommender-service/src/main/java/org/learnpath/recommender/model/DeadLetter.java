package org.learnpath.recommender.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.learnpath.events.Text;

/**
 * A record this service could not use, as published on its dead-letter topic: where it sits (topic, partition,
 * offset: the record itself stays there, whole, for as long as the topic keeps it), why it was refused, and enough of
 * its key and value to recognise and fix it: a prefix of each, their full length in characters and a SHA-256 of their
 * UTF-8 bytes. Bounded, whatever arrived: a dead letter embedding a whole value could itself exceed what the outbox
 * can send, and stop every event behind it. Characters that JSON in PostgreSQL cannot hold (NUL, unpaired surrogates)
 * and other control characters are shown as U+FFFD in the prefixes.
 */
public record DeadLetter(String sourceTopic, int partition, long offset, String key, int keyLength, String keySha256,
        String value, int valueLength, String valueSha256, String reason, Instant failedAt) {

    /** The dead letter of the record at {@code topic/partition/offset}, with prefixes of at most {@code maxChars}. */
    public static DeadLetter of(String topic, int partition, long offset, String key, String value, String reason,
            Instant failedAt, int maxChars) {
        return new DeadLetter(topic, partition, offset, prefix(key, maxChars), key == null ? 0 : key.length(),
                sha256(key), prefix(value, maxChars), value == null ? 0 : value.length(), sha256(value),
                prefix(reason, maxChars), failedAt);
    }

    /** The key to publish the dead letter under: the record's own when it is plain text, else where it sat. */
    public String recordKey() {
        boolean plain = key != null && key.length() == keyLength && keyLength <= 200 && Text.firstForbidden(key) == null
                && key.indexOf('\uFFFD') < 0;
        return plain ? key : partition + "/" + offset;
    }

    static String prefix(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), maxChars);
        // Never cut a surrogate pair in two.
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Text.firstForbidden(String.valueOf(c)) != null) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String sha256(String text) {
        if (text == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
