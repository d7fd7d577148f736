package org.learnpath.recommender.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CSV for the reports' exports: a header row, then one line per row, as RFC 4180 writes it (comma separated, CRLF
 * line ends, a field with a comma, a double quote or a line break enclosed in double quotes, inner quotes doubled).
 *
 * <p>A spreadsheet opening the file runs a text cell that starts with {@code = + - @} (or a tab or carriage return,
 * which some of them skip first) as a formula; a report cell holds text other people wrote, so such a cell is
 * written with a leading single quote, which spreadsheets show as text (OWASP "CSV injection"). Numbers are written
 * as numbers: a negative number is not text a formula can hide in.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** UTF-8, and the header row announced as RFC 4180 allows. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";

    private static final MediaType CSV = MediaType.valueOf(MEDIA_TYPE);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String LINE_END = "\r\n";

    /** A column: its header and how a row gives its cell. */
    public record Column<T>(String name, Function<? super T, ?> value) {
    }

    private Csv() {
    }

    /** The header row and one line per row. */
    public static <T> String table(List<Column<T>> columns, List<? extends T> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(columns.stream().map(Column::name).toList()));
        for (T row : rows) {
            csv.append(line(columns.stream().map(column -> column.value().apply(row)).toList()));
        }
        return csv.toString();
    }

    /** One line, its line end included. */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    /** One field: empty for null, a number as a plain decimal, text guarded against formulas and quoted if needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            // Plain decimals (0.0001, not 1.0E-4), which every spreadsheet reads in every locale setting.
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                    : quote(String.valueOf(number));
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return quote(text);
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether the client prefers CSV: the first of its acceptable types (JAX-RS orders them by preference) that JSON
     * or CSV satisfies is satisfied by CSV alone. No Accept header, or {@code *}{@code /*}, means JSON.
     */
    public static boolean preferred(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    /** A 200 response carrying {@code csv} as a file to save, named {@code fileName} (letters, digits, . _ -). */
    public static Response attachment(String fileName, String csv) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Not a plain file name: " + fileName);
        }
        return Response.ok(csv, CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=" + fileName)
                .build();
    }
}
