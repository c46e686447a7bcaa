package nianbao.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nianbao.form.ConsolidatedLayout;
import nianbao.model.Return;
import nianbao.read.DetailRows;
import nianbao.read.UnreadableException;

/**
 * Reads the 明细 sheet of a consolidated workbook back into one return per agency row (last year's
 * returns for the cross-year checks), through {@link DetailRows}.
 */
public final class DetailSheet {

    /** The name of the sheet the consolidated workbook lists its returns on. */
    public static final String NAME = ConsolidatedLayout.DETAIL;

    private DetailSheet() {
    }

    /** The returns listed on the workbook's 明细 sheet, or empty when it has none. */
    public static Optional<List<Return>> read(Path file) throws UnreadableException {
        List<Return> returns = new ArrayList<>();
        try {
            return DetailRows.read(file, null, row -> returns.add(row.values())) ? Optional.of(returns) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("adding to a list does not fail", e);
        }
    }
}
