package nianbao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nianbao.form.Form;
import nianbao.form.ValueType;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;

/** Writes a report in the JSON shape of form.md §4: files, summary and, when present, totals. */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** A decimal as JSON writes a number: no leading zeros, no exponent, no plus sign. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private JsonReport() {
    }

    /** Writes the report, pretty printed, keys in a stable order; does not close {@code out}. */
    public static void write(Report report, Writer out) throws IOException {
        try (Stream stream = open(out)) {
            for (FileResult file : report.files()) {
                stream.file(file);
            }
            stream.end(report.files().size(), report.counts(), Optional.empty(), report.totals());
        }
    }

    /** Starts a report written one file at a time, for runs too large to hold in memory. */
    public static Stream open(Writer out) throws IOException {
        return new Stream(out);
    }

    /** A report being written: {@link #file} for each file in order, then {@link #end}, then close. */
    public static final class Stream implements Closeable {

        private final JsonGenerator g;
        private final Writer out;

        private Stream(Writer out) throws IOException {
            this.out = out;
            g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
        }

        public void file(FileResult file) throws IOException {
            JsonReport.file(g, file, Map.of());
        }

        /** A file with further fields after its status and reason: each a String, a Number or a Boolean, in the map's order. */
        public void file(FileResult file, Map<String, Object> more) throws IOException {
            JsonReport.file(g, file, more);
        }

        /**
         * Ends the files, writes the summary, the roster's unreported and unexpected agencies by name when
         * given and, when not empty, the totals.
         */
        public void end(long files, List<Report.SummaryField> summary, Optional<RosterNames> roster, Map<String, BigDecimal> totals)
                throws IOException {
            g.writeEndArray();
            summary(g, files, summary);
            if (roster.isPresent()) {
                g.writeObjectFieldStart("roster");
                names(g, "missing", roster.get().missing());
                names(g, "unexpected", roster.get().unexpected());
                g.writeEndObject();
            }
            if (!totals.isEmpty()) {
                g.writeFieldName("totals");
                values(g, totals);
            }
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        }

        @Override
        public void close() throws IOException {
            g.close();
        }
    }

    /**
     * The agencies of a roster that sent no return, and the agencies (or, unnamed, the files) that sent
     * one but are not on it (form.md §5's {@code roster}).
     */
    public record RosterNames(List<String> missing, List<String> unexpected) {
        public RosterNames {
            missing = List.copyOf(missing);
            unexpected = List.copyOf(unexpected);
        }
    }

    private static void names(JsonGenerator g, String field, List<String> names) throws IOException {
        g.writeArrayFieldStart(field);
        for (String name : names) {
            g.writeString(name);
        }
        g.writeEndArray();
    }

    private static void file(JsonGenerator g, FileResult file, Map<String, Object> more) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file.file());
        g.writeStringField("status", file.status().code());
        if (!file.reason().isEmpty()) {
            g.writeStringField("reason", file.reason());
        }
        for (Map.Entry<String, Object> field : more.entrySet()) {
            g.writeFieldName(field.getKey());
            g.writeObject(field.getValue());
        }
        Return r = file.read();
        g.writeStringField("agency", r == null ? null : r.agency());
        g.writeFieldName("year");
        if (r != null && r.year().isPresent()) {
            g.writeNumber(r.year().getAsInt());
        } else {
            g.writeNull();
        }
        if (r != null) {
            g.writeFieldName("values");
            values(g, r.values());
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : file.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void values(JsonGenerator g, Map<String, BigDecimal> values) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            g.writeFieldName(e.getKey());
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A count as a JSON integer when it is whole; the fee (or a fractional count) exactly as written. */
    private static void number(JsonGenerator g, String key, BigDecimal v) throws IOException {
        boolean count = Form.find(key).map(f -> f.type() == ValueType.COUNT).orElse(false);
        if (count && isWhole(v)) {
            g.writeNumber(v.toBigIntegerExact());
        } else {
            g.writeNumber(v.toPlainString());
        }
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.code().code());
        g.writeStringField("severity", f.severity().code());
        g.writeArrayFieldStart("keys");
        for (String key : f.keys()) {
            g.writeString(key);
        }
        g.writeEndArray();
        g.writeStringField("cell", f.cell() == null ? null : f.cell().toString());
        numberOrText(g, "expected", f.expected());
        numberOrText(g, "actual", f.actual());
        g.writeStringField("message", f.message());
        if (!f.comparedWith().isEmpty()) {
            g.writeStringField("compared_with", f.comparedWith());
        }
        g.writeEndObject();
    }

    /** A finding's expected or actual value: a JSON number when it is one as written (12, 0.5), else text, or null. */
    private static void numberOrText(JsonGenerator g, String field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else if (JSON_NUMBER.matcher(value).matches()) {
            g.writeNumber(value);
        } else {
            g.writeString(value);
        }
    }

    private static void summary(JsonGenerator g, long files, List<Report.SummaryField> summary) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", files);
        for (Report.SummaryField field : summary) {
            g.writeNumberField(field.key(), field.count());
        }
        g.writeEndObject();
    }
}
