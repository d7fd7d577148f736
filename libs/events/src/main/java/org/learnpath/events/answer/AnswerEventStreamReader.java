package org.learnpath.events.answer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnpath.events.Rfc3339;

/**
 * Reads an answer event straight from its JSON text, in one pass and without a tree, when the text is plainly
 * valid: every field the schema requires, each of the exact type and form producers write, within the schema's
 * bounds. For such a text it gives the event that schema validation followed by {@link AnswerEventReader} gives; for
 * any other text (invalid, or valid in a form it does not try to judge, such as {@code 3.0} for an integer, an
 * offset date-time, a repeated field) it answers null, and the caller takes that slower path, which also says why a
 * text is refused. In the recommender the tree, the schema and the tree reader together cost about 8 µs an event,
 * most of the consumer thread at a backlog.
 *
 * <p>AnswerEventStreamReaderTest checks, on random events and on mutations of them, that whatever this reader
 * accepts the schema accepts too and reads to the same event. Unknown fields are skipped, as the schema allows.
 */
public final class AnswerEventStreamReader {

    /** Fields of the contract, numbered by {@link #fieldIndex}: each has a bit in the set of fields seen. */
    private static final int FIELD_COUNT = 18;
    private static final int SESSION_ID = 10;
    /** Revision 1.1's optional field. */
    private static final int ORGANIZATION = 15;
    /** Revision 1.2's optional field. */
    private static final int GUESS_FLOOR = 16;
    /** Revision 1.3's optional field. */
    private static final int PURPOSE = 17;
    private static final int REQUIRED = ((1 << FIELD_COUNT) - 1) & ~(1 << SESSION_ID) & ~(1 << ORGANIZATION)
            & ~(1 << GUESS_FLOOR) & ~(1 << PURPOSE);
    // The event mapper's syntax rules (a default factory), without keeping the source for error locations: this
    // reader reports no errors, and keeping it cost a tenth of the read.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private AnswerEventStreamReader() {
    }

    /** The event, or null when the text is not plainly valid (see the class comment). */
    public static AnswerEvent readIfPlainlyValid(String json) {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static AnswerEvent read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        UUID eventId = null;
        UUID itemId = null;
        UUID sessionId = null;
        UUID attemptId = null;
        String learnerId = null;
        long itemVersion = 0;
        long responseTime = 0;
        int attemptNumber = 0;
        List<String> skills = null;
        boolean correct = false;
        double score = 0;
        double priorDifficulty = 0;
        Instant answeredAt = null;
        String organization = null;
        Double guessFloor = null;
        AnswerEvent.Purpose purpose = null;
        AnswerEvent.Source source = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int field = fieldIndex(name);
            JsonToken value = p.nextToken();
            if (field < 0) {
                p.skipChildren();
                continue;
            }
            if ((seen & (1 << field)) != 0) {
                return null; // a repeated field: the tree keeps the last one, leave that to it
            }
            seen |= 1 << field;
            switch (field) {
                case 0 -> {
                    if (integer(p, value, 1) != 1) {
                        return null;
                    }
                }
                case 1 -> {
                    if ((eventId = uuid(p, value)) == null) {
                        return null;
                    }
                }
                case 2 -> {
                    learnerId = value == JsonToken.VALUE_STRING ? p.getText() : "";
                    // maxLength counts code points, of which a string has at most as many as chars.
                    if (learnerId.isEmpty() || learnerId.length() > 255) {
                        return null;
                    }
                }
                case 3 -> {
                    if ((itemId = uuid(p, value)) == null) {
                        return null;
                    }
                }
                case 4 -> {
                    if ((itemVersion = integer(p, value, 0)) < 0) {
                        return null;
                    }
                }
                case 5 -> {
                    if ((skills = skillCodes(p, value)) == null) {
                        return null;
                    }
                }
                case 6 -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        return null;
                    }
                    correct = value == JsonToken.VALUE_TRUE;
                }
                case 7 -> {
                    if (Double.isNaN(score = number(p, value, 0, 1))) {
                        return null;
                    }
                }
                case 8 -> {
                    if ((responseTime = integer(p, value, 0)) < 0) {
                        return null;
                    }
                }
                case 9 -> {
                    answeredAt = value == JsonToken.VALUE_STRING ? Rfc3339.parseCanonicalUtc(p.getText()) : null;
                    if (answeredAt == null) {
                        return null;
                    }
                }
                case SESSION_ID -> {
                    if (value != JsonToken.VALUE_NULL && (sessionId = uuid(p, value)) == null) {
                        return null;
                    }
                }
                case 11 -> {
                    if ((attemptId = uuid(p, value)) == null) {
                        return null;
                    }
                }
                case 12 -> {
                    long number = integer(p, value, 1);
                    if (number < 1 || number > Integer.MAX_VALUE) {
                        return null;
                    }
                    attemptNumber = (int) number;
                }
                case 13 -> {
                    if ((source = source(p, value)) == null) {
                        return null;
                    }
                }
                case 14 -> {
                    if (Double.isNaN(priorDifficulty = number(p, value, -4, 4))) {
                        return null;
                    }
                }
                case ORGANIZATION -> {
                    if (value != JsonToken.VALUE_STRING || !AnswerEvent.ORGANIZATION.matcher(p.getText()).matches()) {
                        return null;
                    }
                    organization = p.getText();
                }
                case GUESS_FLOOR -> {
                    // Within [0, 1): 1 itself, or a text below 1 that rounds to it, is left to the slower path, where
                    // the schema or the record refuses it.
                    double floor = number(p, value, 0, 1);
                    if (!(floor < 1)) {
                        return null;
                    }
                    guessFloor = floor;
                }
                case PURPOSE -> {
                    // Anything but "PLACEMENT" (null too) the schema refuses: the slower path says why.
                    if ((purpose = purpose(p, value)) == null) {
                        return null;
                    }
                }
                default -> throw new IllegalStateException("field " + field);
            }
        }
        // The object must end the text: the tree reader would ignore what follows, leave that to it.
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || (seen & REQUIRED) != REQUIRED) {
            return null;
        }
        return new AnswerEvent(1, eventId, learnerId, itemId, itemVersion, skills, correct, score, responseTime,
                answeredAt, sessionId, attemptId, attemptNumber, source, priorDifficulty, organization, guessFloor,
                purpose);
    }

    /** The field's number, or -1 for a field the contract does not have. */
    private static int fieldIndex(String name) {
        // Names come canonicalized by the parser, so their hash codes are computed once.
        return switch (name) {
            case "schemaVersion" -> 0;
            case "eventId" -> 1;
            case "learnerId" -> 2;
            case "itemId" -> 3;
            case "itemVersion" -> 4;
            case "skillCodes" -> 5;
            case "correct" -> 6;
            case "score" -> 7;
            case "responseTimeMillis" -> 8;
            case "answeredAt" -> 9;
            case "sessionId" -> SESSION_ID;
            case "attemptId" -> 11;
            case "attemptNumber" -> 12;
            case "source" -> 13;
            case "itemPriorDifficulty" -> 14;
            case "organization" -> ORGANIZATION;
            case "guessFloor" -> GUESS_FLOOR;
            case "purpose" -> PURPOSE;
            default -> -1;
        };
    }

    /** A JSON integer that fits a long and is at least {@code minimum}, or -1. */
    private static long integer(JsonParser p, JsonToken value, long minimum) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            return -1;
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            return -1;
        }
        long number = p.getLongValue();
        return number >= minimum ? number : -1;
    }

    /**
     * A JSON number within [minimum, maximum], or NaN. A double strictly inside the bounds comes from a text inside
     * them (rounding is monotonic and the bounds are exact doubles); one that rounds onto a bound counts only if
     * its text is that bound exactly, since {@code 1.00000000000000001} rounds to 1 and is not within [0, 1].
     */
    private static double number(JsonParser p, JsonToken value, int minimum, int maximum) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                return Double.NaN;
            }
            int number = p.getIntValue();
            return number >= minimum && number <= maximum ? number : Double.NaN;
        }
        if (value != JsonToken.VALUE_NUMBER_FLOAT) {
            return Double.NaN;
        }
        double number = p.getDoubleValue();
        if (number > minimum && number < maximum) {
            return number;
        }
        if ((number == minimum || number == maximum) && isExactly(p.getText(), (int) number)) {
            return number;
        }
        return Double.NaN;
    }

    /** Whether a JSON number's text is the integer written plainly, with an all-zero fraction ("1", "1.00", "-0.0"). */
    private static boolean isExactly(String text, int integer) {
        int at = 0;
        boolean negative = text.startsWith("-");
        if (negative) {
            at = 1;
        }
        if (negative != integer < 0 && integer != 0) {
            return false;
        }
        String digits = Integer.toString(Math.abs(integer));
        if (!text.startsWith(digits, at)) {
            return false;
        }
        at += digits.length();
        if (at == text.length()) {
            return true;
        }
        if (text.charAt(at) != '.' || at + 1 == text.length()) {
            return false;
        }
        for (int i = at + 1; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** A UUID in its canonical 36-character form, or null. */
    private static UUID uuid(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING || p.getTextLength() != 36) {
            return null;
        }
        // Read in place: no String for a value that becomes two longs.
        char[] text = p.getTextCharacters();
        int start = p.getTextOffset();
        long high = 0;
        long low = 0;
        int digit = 0;
        for (int i = 0; i < 36; i++) {
            char c = text[start + i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int nibble = Character.digit(c, 16);
            if (nibble < 0 || c > 'f') {
                return null; // Character.digit also reads non-ASCII digits
            }
            if (digit < 16) {
                high = high << 4 | nibble;
            } else {
                low = low << 4 | nibble;
            }
            digit++;
        }
        return new UUID(high, low);
    }

    /** At least one distinct skill code, each matching {@code ^[a-z0-9]+(-[a-z0-9]+)*$} and at most 64 long. */
    private static List<String> skillCodes(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> codes = new ArrayList<>(4);
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                return null;
            }
            String code = p.getText();
            if (!isSkillCode(code) || codes.contains(code)) {
                return null;
            }
            codes.add(code);
        }
        return codes.isEmpty() ? null : codes;
    }

    private static boolean isSkillCode(String code) {
        int length = code.length();
        if (length == 0 || length > 64 || code.charAt(0) == '-' || code.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c == '-' && code.charAt(i - 1) != '-');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static AnswerEvent.Source source(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        return switch (p.getText()) {
            case "LEARNER" -> AnswerEvent.Source.LEARNER;
            case "INTEGRATION" -> AnswerEvent.Source.INTEGRATION;
            default -> null;
        };
    }

    private static AnswerEvent.Purpose purpose(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        return "PLACEMENT".equals(p.getText()) ? AnswerEvent.Purpose.PLACEMENT : null;
    }
}
