package nianbao.read.zip;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.desk.UploadLimits;
import org.junit.jupiter.api.Test;

/** The desk accepts no more than the readers read: its upload limits are theirs. */
class DeskUploadLimitsTest {

    @Test
    void aFileOrAZipEntryIsAtMostWhatAPartInflatesTo() {
        assertThat(UploadLimits.MAX_FILE_BYTES).isEqualTo(ZipParts.MAX_PART_BYTES);
    }

    @Test
    void aZipHasAtMostTheEntriesAPackageMayHave() {
        assertThat(UploadLimits.MAX_ZIP_ENTRIES).isEqualTo(ZipParts.MAX_ENTRIES);
    }

    @Test
    void anEntryInflatesNoMoreThanAPartMay() {
        assertThat(UploadLimits.MAX_ZIP_RATIO).isEqualTo(ZipParts.MAX_RATIO);
        assertThat(UploadLimits.RATIO_GRACE_BYTES).isEqualTo(ZipParts.RATIO_GRACE_BYTES);
    }
}
