package nianbao.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.form.ConsolidatedLayout;

/** A consolidated workbook's package holding 汇总 and only 图表, written as {@link WorkbookPackage} writes every package. */
final class ChartWorkbook {

    private ChartWorkbook() {
    }

    /** Writes the workbook of {@code c}'s 图表 to {@code file}; returns the parts {@link ChartSheet#parts} made. */
    static List<PackagePart> write(Consolidation c, Path file) throws IOException {
        List<PackagePart> parts = new ArrayList<>();
        Files.write(file, WorkbookPackageTest.write(new AddedSheet.Made(ConsolidatedLayout.CHARTS, part -> {
            parts.addAll(ChartSheet.parts(c, "湛河区", part));
            return parts;
        })));
        return parts;
    }
}
