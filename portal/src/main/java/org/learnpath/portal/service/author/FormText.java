package org.learnpath.portal.service.author;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reading the text of form fields: lines of a textarea, comma lists, keys, numbers. Pure functions: what the
 * author typed goes in, values or a readable reason come out.
 */
public final class FormText {

    /** An entity tag as the services send it: quoted, optionally weak, short, on one line. */
    private static final Pattern ETAG = Pattern.compile("(W/)?\"[^\"\\r\\n]{1,64}\"");

    /** Skill codes and module and goal slugs, as the catalog accepts them. */
    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final String KEY_RULE = "lowercase letters and digits separated by single hyphens";
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");
    private static final Pattern SPLIT_LIST = Pattern.compile("[,\\s]+");

    /** What a key names in a complaint, and its longest length as the services accept it. */
    record KeyKind(String name, int maxLength) {
    }

    static final KeyKind SKILL_CODE = new KeyKind("skill code", 64);
    static final KeyKind MODULE_SLUG = new KeyKind("module slug", 80);

    private FormText() {
    }

    /** A field's value, never null. */
    public static String value(Function<String, String> form, String name) {
        String value = form.apply(name);
        return value == null ? "" : value;
    }

    /**
     * The version (ETag) a form sends back as If-Match, or "" when the field does not hold one: a hand-made value
     * with line breaks or of any length must not reach a request header. Treated like a missing version, the
     * service's answer (428) then asks the author to reload.
     */
    public static String version(String etag) {
        return etag != null && ETAG.matcher(etag).matches() ? etag : "";
    }

    /** A search box's text, trimmed and cut to what the catalog accepts (200 characters); null when blank. */
    public static String searchText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String q = text.strip();
        return q.length() > 200 ? q.substring(0, 200) : q;
    }

    /** A skill code or module slug from an address, if it is one; anything else is ignored, not refused. */
    public static Optional<String> key(String text) {
        return text != null && KEY.matcher(text.strip()).matches() ? Optional.of(text.strip())
                : Optional.empty();
    }

    /** The non-blank lines of a textarea, trimmed. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /**
     * A list of keys separated by commas, spaces or line breaks, trimmed, each once in the order first given (a key
     * named twice means the same thing).
     */
    public static List<String> keyList(String text) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (text != null) {
            for (String part : SPLIT_LIST.split(text.strip())) {
                if (!part.isEmpty()) {
                    keys.add(part);
                }
            }
        }
        return List.copyOf(keys);
    }

    /**
     * A list field of keys ({@link #keyList}) with its complaints added to {@code errors}: none given (when
     * {@code required}), more than {@code max}, or the first key the services would refuse.
     */
    static List<String> keys(String field, String text, KeyKind kind, boolean required, int max, FieldErrors errors) {
        List<String> keys = keyList(text);
        if (required && keys.isEmpty()) {
            errors.add(field, "Name at least one " + kind.name() + ".");
        } else if (keys.size() > max) {
            errors.add(field, "At most " + max + " " + field + " (now " + keys.size() + ").");
        } else {
            badKeys(keys, kind.maxLength(), kind.name()).ifPresent(m -> errors.add(field, m));
        }
        return keys;
    }

    /** The slug of a new module or goal: required, as the catalog accepts it; complaints go to the slug field. */
    static String slug(String text, FieldErrors errors) {
        String slug = text == null ? "" : text.strip();
        if (slug.isEmpty()) {
            errors.add("slug", "Required.");
        } else {
            badKeys(List.of(slug), 80, "slug").ifPresent(m -> errors.add("slug", m));
        }
        return slug;
    }

    /** Checks each key against the catalog's rule; returns the first complaint. */
    static Optional<String> badKeys(List<String> keys, int maxLength, String what) {
        for (String key : keys) {
            if (key.length() > maxLength) {
                return Optional.of("'" + shorten(key) + "' is too long: a " + what + " has at most " + maxLength
                        + " characters");
            }
            if (!KEY.matcher(key).matches()) {
                return Optional.of("'" + shorten(key) + "' is not a " + what + ": use " + KEY_RULE);
            }
        }
        return Optional.empty();
    }

    /** A decimal number as a person types it (a decimal comma is accepted); empty when it is not one. */
    public static Optional<Double> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.indexOf(',') >= 0 && candidate.indexOf('.') < 0) {
            candidate = candidate.replace(',', '.');
        }
        if (!NUMBER.matcher(candidate).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(candidate);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    /** A whole number; empty when it is not one. */
    public static Optional<Integer> wholeNumber(String text) {
        if (text == null || !text.strip().matches("^[+-]?\\d{1,9}$")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }

    /** A number as a form shows it again: no trailing zeros, no exponent. */
    public static String format(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The enum constant a select sent (case does not matter); empty when it is none of them. */
    public static <E extends Enum<E>> Optional<E> choice(String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Required text of bounded length: the trimmed value, or a complaint added to {@code errors}. */
    static String required(String field, String text, int min, int max, FieldErrors errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.add(field, "Required.");
        } else if (value.length() < min) {
            errors.add(field, "Write at least " + min + " characters (now " + value.length() + ").");
        } else if (value.length() > max) {
            errors.add(field, "At most " + max + " characters (now " + value.length() + ").");
        }
        return value;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
