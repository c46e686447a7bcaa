package nianbao.desk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The consolidated workbook as the clerk sees it: the job names each file by its stored path (明细's 文件
 * and 来源, 校验's and 清单's file columns), which {@link Relabel} turns into its label in the sheets' and shared
 * strings' XML text; every other part is copied as it is.
 */
final class WorkbookLabels {

    private WorkbookLabels() {
    }

    static byte[] relabel(byte[] workbook, Relabel relabel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                if (holdsText(entry.getName())) {
                    part = relabel.text(new String(part, StandardCharsets.UTF_8), WorkbookLabels::xml).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static boolean holdsText(String part) {
        return part.equals("xl/sharedStrings.xml") || part.startsWith("xl/worksheets/") && part.endsWith(".xml");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
