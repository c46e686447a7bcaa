package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nianbao.model.CellAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellSetTest {

    /** Cells in a form-sized rectangle (bitmap) or with one far away (binary search): same membership. */
    @ParameterizedTest
    @ValueSource(ints = {60, 16_383})
    void membershipIsExactlyTheCellsGiven(int farColumn) {
        long seed = 20261125L + farColumn;
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Set<Long> given = new HashSet<>();
            List<CellAddress> cells = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(250); i++) {
                int row = random.nextInt(120);
                int column = random.nextInt(40);
                given.add(Grid.key(row, column));
                cells.add(new CellAddress("年报数据", row, column));
            }
            if (round % 2 == 1) {
                given.add(Grid.key(3, farColumn));
                cells.add(new CellAddress("年报数据", 3, farColumn));
            }
            CellSet set = CellSet.bySheet(cells).get("年报数据");
            for (int row = -1; row < 125; row++) {
                for (int column = -1; column < 45; column++) {
                    assertThat(set.contains(row, column)).as("seed %d, row %d, column %d", seed, row, column)
                            .isEqualTo(given.contains(Grid.key(row, column)));
                }
            }
            assertThat(set.contains(3, farColumn)).as("seed %d", seed).isEqualTo(round % 2 == 1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 199})
    void theLastRowIsTheLowestCellsRow(int last) {
        CellSet set = CellSet.bySheet(List.of(new CellAddress("a", 2, 1), new CellAddress("a", last, 0))).get("a");
        assertThat(set.lastRow()).isEqualTo(Math.max(2, last));
    }
}
