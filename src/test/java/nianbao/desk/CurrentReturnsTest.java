package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which version of each agency's return counts: the one received last; every other one stays listed. */
class CurrentReturnsTest {

    private final List<StoredFile> files = new ArrayList<>();

    private void receive(String name, String agency, String code, Integer year, String time) {
        long id = files.size() + 1;
        StoredFile.ReadAs read = agency == null ? null : new StoredFile.ReadAs(agency, code, year);
        files.add(new StoredFile(id, name, name + "#" + id, StoredFile.Kind.RETURN, "h" + id, "b" + id, 1, time, List.of(), null, read));
    }

    private List<Long> current() {
        return CurrentReturns.of(new DeskState(1, null, null, files)).stream().map(StoredFile::id).toList();
    }

    @Test
    void theLaterVersionOfAnAgencyReplacesTheEarlier() {
        receive("a.xlsx", "甲局", "", 2024, "2025-01-10T09:00:00+08:00");
        receive("b.xlsx", "乙局", "", 2024, "2025-01-10T09:00:00+08:00");
        receive("a改.xlsx", "甲局", "", 2024, "2025-01-12T09:00:00+08:00");
        assertThat(current()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void theSameCreditCodeIsTheSameAgencyWhateverTheName() {
        receive("a.xlsx", "甲局", "11410411002596954C", 2024, "2025-01-10T09:00:00+08:00");
        receive("a2.xlsx", "某某区甲局", "11410411002596954C", 2024, "2025-01-11T09:00:00+08:00");
        assertThat(current()).containsExactly(2L);
    }

    @Test
    void oneNameWithTwoCreditCodesIsTwoAgencies() {
        receive("a.xlsx", "甲局", "11410411002596954C", 2024, "2025-01-10T09:00:00+08:00");
        receive("b.xlsx", "甲局", "114104110053421497", 2024, "2025-01-11T09:00:00+08:00");
        assertThat(current()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void anotherYearIsAnotherReturn() {
        receive("a.xlsx", "甲局", "", 2023, "2025-01-10T09:00:00+08:00");
        receive("a.xlsx", "甲局", "", 2024, "2025-01-11T09:00:00+08:00");
        assertThat(current()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void theOrderOfReceiptCountsNotTheWayTheTimeIsWritten() {
        receive("a.xlsx", "甲局", "", 2024, "2025-01-10T10:00:00+08:00");
        receive("a2.xlsx", "甲局", "", 2024, "2025-01-10T03:00:30Z");
        assertThat(current()).containsExactly(2L);
    }

    @Test
    void anUnreadableFileCountsUntilAReadableOneOfItsNameArrives() {
        receive("收/坏.xlsx", null, null, null, "2025-01-10T09:00:00+08:00");
        assertThat(current()).containsExactly(1L);
        receive("坏.xlsx", "甲局", "", 2024, "2025-01-11T09:00:00+08:00");
        assertThat(current()).containsExactly(2L);
    }
}
