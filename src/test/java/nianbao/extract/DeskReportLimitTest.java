package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.desk.UploadLimits;
import org.junit.jupiter.api.Test;

/** A published report the desk accepts is one the extractor reads: at most its largest document. */
class DeskReportLimitTest {

    @Test
    void theDesksFileLimitIsTheLargestDocumentRead() {
        assertThat(UploadLimits.MAX_FILE_BYTES).isEqualTo(Extractor.MAX_DOCUMENT_BYTES);
    }
}
