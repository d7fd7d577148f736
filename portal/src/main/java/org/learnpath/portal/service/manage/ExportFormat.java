package org.learnpath.portal.service.manage;

import java.util.Locale;
import java.util.Optional;

/** The files a report downloads as: CSV (what spreadsheets open) or the report's JSON document. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    JSON("application/json");

    private final String fallbackType;

    ExportFormat(String fallbackType) {
        this.fallbackType = fallbackType;
    }

    /** The media type when the service names none (or one that is not of this format). */
    public String fallbackType() {
        return fallbackType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "csv" or "json" from an address; empty for anything else. */
    public static Optional<ExportFormat> of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension().equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
