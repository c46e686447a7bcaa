package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.form.MetaKey;
import nianbao.io.InputFiles;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes template-based return files for tests, filled with the given header and values. */
public final class ReturnFiles {

    private ReturnFiles() {
    }

    /**
     * Last year's returns for --previous: a copy of every readable return in {@code folder}, one year
     * earlier, with the same agency, credit code and numbers, written into the folder {@code into}.
     */
    public static Path yearBefore(Path folder, Path into) throws IOException {
        for (Path file : InputFiles.workbooks(List.of(folder)).files()) {
            try {
                Return r = new ReturnReader().read(file);
                String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".xlsx";
                write(into.resolve(name), r.agency(), r.metaText(MetaKey.CREDIT_CODE), r.year().orElse(2024) - 1, "", r.values());
            } catch (UnreadableException e) {
                // not a return: it has no last year
            }
        }
        return into;
    }

    public static Path write(Path file, String agency, String code, int year, String date, Map<String, BigDecimal> values)
            throws IOException {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        if (!code.isEmpty()) {
            meta.put(MetaKey.CREDIT_CODE, code);
        }
        if (!date.isEmpty()) {
            meta.put(MetaKey.DATE, date);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(meta, values));
                var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
