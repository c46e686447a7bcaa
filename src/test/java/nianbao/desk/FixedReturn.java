package nianbao.desk;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;

/** A corrected return for a test: an agency's header over the numbers of a valid sample return, written as our template. */
final class FixedReturn {

    private FixedReturn() {
    }

    static byte[] of(String agency, String creditCode, int year, Path validSample) throws Exception {
        Return valid = new ReturnReader().read(validSample);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                inputs.put(f.key(), valid.value(f));
            }
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.CREDIT_CODE, creditCode);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var wb = new TemplateWriter().workbook(new Filling(meta, inputs))) {
            wb.write(out);
        }
        return out.toByteArray();
    }
}
