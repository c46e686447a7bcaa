package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The grid stores and finds cells as the map it replaced did, in any order, with cells stored twice. */
class GridTest {

    @Test
    void storesAndFindsCellsAsALinkedHashMap() {
        long seed = Seeds.take("GridTest", 1_125L);
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Grid grid = new Grid("s");
            Map<Long, RawCell> expected = new LinkedHashMap<>();
            int rows = 1 + random.nextInt(round < 25 ? 40 : 2_000);
            for (int n = random.nextInt(3_000); n > 0; n--) {
                int row = random.nextInt(rows);
                int column = random.nextInt(random.nextBoolean() ? 16 : 16_384);
                RawCell cell = RawCell.number(Integer.toString(random.nextInt(100)));
                grid.put(row, column, cell);
                expected.put(Grid.key(row, column), cell);
            }
            assertThat(grid.cells()).as("round " + round).containsExactlyEntriesOf(expected);
            assertThat(grid.count()).isEqualTo(expected.size());
            for (int i = 0; i < 200; i++) {
                int row = random.nextInt(rows);
                int column = random.nextInt(16);
                assertThat(grid.at(row, column)).isEqualTo(expected.getOrDefault(Grid.key(row, column), RawCell.EMPTY));
            }
        }
    }

    @Test
    void aCellStoredAgainKeepsItsFirstPlace() {
        Grid grid = new Grid("s");
        grid.put(1, 1, RawCell.number("1"));
        grid.put(0, 0, RawCell.number("2"));
        grid.put(1, 1, RawCell.number("3"));
        assertThat(grid.cells()).containsExactly(Map.entry(Grid.key(1, 1), RawCell.number("3")),
                Map.entry(Grid.key(0, 0), RawCell.number("2")));
        assertThat(grid.at(1, 1)).isEqualTo(RawCell.number("3"));
        assertThat(grid.at(2, 2)).isEqualTo(RawCell.EMPTY);
        assertThat(grid.cells().get(Grid.key(0, 0))).isEqualTo(RawCell.number("2"));
    }
}
