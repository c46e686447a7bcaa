package nianbao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.ValueType;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;

/** Writes a report in the JSON shape of form.md §4: files, summary and, when present, totals. */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /** Writes the report, pretty printed, keys in a stable order; does not close {@code out}. */
    public static void write(Report report, Writer out) throws IOException {
        try (Stream stream = open(out)) {
            for (FileResult file : report.files()) {
                stream.file(file);
            }
            stream.end(report.files().size(), report.summary(), report.totals());
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
            JsonReport.file(g, file);
        }

        /** Ends the files, writes the summary and, when not empty, the totals. */
        public void end(long files, List<Report.SummaryField> summary, Map<String, BigDecimal> totals) throws IOException {
            g.writeEndArray();
            summary(g, files, summary);
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

    private static void file(JsonGenerator g, FileResult file) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file.file());
        g.writeStringField("status", file.status().code());
        if (!file.reason().isEmpty()) {
            g.writeStringField("reason", file.reason());
        }
        Return r = file.read();
        g.writeStringField("agency", r == null ? "" : r.agency());
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
        g.writeStringField("expected", f.expected());
        g.writeStringField("actual", f.actual());
        g.writeStringField("message", f.message());
        if (!f.comparedWith().isEmpty()) {
            g.writeStringField("compared_with", f.comparedWith());
        }
        g.writeEndObject();
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
