package org.learnpath.rest;


/**
 * Query parameters are parsed here rather than by JAX-RS: a value JAX-RS cannot convert becomes a 404,
 * where a client deserves a 400 that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int page(String value) {
        return intValue("page", value, 0, 0, 100_000);
    }

    public static int size(String value, int defaultSize, int maxSize) {
        return intValue("size", value, defaultSize, 1, maxSize);
    }

    public static java.util.UUID uuid(String name, String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    private static int intValue(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }
}
