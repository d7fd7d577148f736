package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the formula guard of the reports' CSV, read back with a strict RFC 4180 reader. */
class CsvTest {

    record Row(String text, Double number, Long count) {
    }

    private static final List<Csv.Column<Row>> COLUMNS = List.of(new Csv.Column<>("text", Row::text),
            new Csv.Column<>("number", Row::number), new Csv.Column<>("count", Row::count));

    @Test
    void quotesWhatRfc4180Requires() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
        assertThat(Csv.line(List.of("a", "b,c"))).isEqualTo("a,\"b,c\"\r\n");
    }

    @Test
    void guardsTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesNumbersAsPlainNumbers() {
        assertThat(Csv.cell(-0.25)).isEqualTo("-0.25");
        assertThat(Csv.cell(0.0001)).isEqualTo("0.0001");
        assertThat(Csv.cell(1.0)).isEqualTo("1");
        assertThat(Csv.cell(-3L)).isEqualTo("-3");
        assertThat(Csv.cell(42)).isEqualTo("42");
    }

    @Test
    void aTableReadsBackCellForCell() {
        List<Row> rows = List.of(new Row("comma, inside", -0.5, 3L), new Row("a \"quote\"", 0.25, 0L),
                new Row("line\r\nbreak", null, 1L), new Row("=cmd|' /C calc'!A0", 1e-4, -2L),
                new Row(null, 0.0, null));
        String csv = Csv.table(COLUMNS, rows);
        assertThat(csv).startsWith("text,number,count\r\n").endsWith("\r\n");
        assertThat(parse(csv)).containsExactly(
                List.of("text", "number", "count"),
                List.of("comma, inside", "-0.5", "3"),
                List.of("a \"quote\"", "0.25", "0"),
                List.of("line\r\nbreak", "", "1"),
                List.of("'=cmd|' /C calc'!A0", "0.0001", "-2"),
                List.of("", "0", ""));
    }

    @Test
    void anAttachmentHasAPlainFileName() {
        var response = Csv.attachment("report.csv", "a\r\n");
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=report.csv");
        assertThat(response.getMediaType().toString()).startsWith("text/csv");
        assertThatThrownBy(() -> Csv.attachment("a\"; b.csv", "")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A strict RFC 4180 reader: records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("Unclosed quote");
                    }
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("Text after a closing quote at " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("A bare CR outside quotes at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("Unquoted " + (c == '"' ? "quote" : "line feed") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("The last record does not end with CRLF");
        }
        return records;
    }

    @Test
    void theReaderItselfRefusesBrokenCsv() {
        assertThatThrownBy(() -> parse("a\"b\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("a,b\nc\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("\"a\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(parse("a,\"b\"\"c\"\r\n")).containsExactly(Arrays.asList("a", "b\"c"));
    }
}
