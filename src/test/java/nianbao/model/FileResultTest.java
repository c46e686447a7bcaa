package nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileResultTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad/a.xlsx | bad/a.xlsx：文件已损坏，无法读取 | 文件已损坏，无法读取",
        "bad/a.xlsx | 这是一个文件夹，不是 Excel 文件 | 这是一个文件夹，不是 Excel 文件",
        "bad/a.xlsx | 文件 bad/a.xlsx 不是 Word 文档 | 文件 bad/a.xlsx 不是 Word 文档",
        "a.xlsx | bad/a.xlsx：文件已损坏 | bad/a.xlsx：文件已损坏"})
    void aReasonBesideItsFileDoesNotNameItAgain(String file, String reason, String shown) {
        assertThat(FileResult.reasonBeside(file, reason)).isEqualTo(shown);
    }
}
