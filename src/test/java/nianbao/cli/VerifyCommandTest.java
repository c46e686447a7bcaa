package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final Path VALID = RETURNS.resolve("湛河区教育局.xlsx");
    static final Path INVALID = RETURNS.resolve("湛河区公安分局.xlsx");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aValidReturnExitsZero() {
        Run run = run("verify", VALID.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).isEqualTo("✓ " + VALID + "  湛河区教育局  2024 年\n1 份报表：通过 1，有误 0，无法读取 0\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidReturnExitsOneAndSaysWhereAndWhy() {
        Run run = run("verify", INVALID.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("✗ " + INVALID + "  湛河区公安分局  2024 年")
                .contains("    错误  '年报数据'!").contains("第三部分「自然人」列：一(")
                .endsWith("1 份报表：通过 0，有误 1，无法读取 0\n");
    }

    @Test
    void theDistrictAsJsonHasEveryValueAndTheSummary() throws Exception {
        Run run = run("verify", "--json", RETURNS.toString());

        JsonNode root = new ObjectMapper().readTree(run.out());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(root.get("files").size()).isEqualTo(18);
        assertThat(root.get("summary").toString()).isEqualTo("{\"files\":18,\"ok\":14,\"invalid\":4,\"unreadable\":0,\"duplicate\":0,\"skipped\":0}");
        JsonNode first = root.get("files").get(0);
        assertThat(first.get("values").size()).isEqualTo(200);
        assertThat(first.get("file").asText()).isEqualTo(RETURNS.resolve("九龙街道办事处.xlsx").toString());
    }

    @Test
    void anUnreadableFileIsListedWithItsReasonAndTheOthersGoOn() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "这不是工作簿");
        Files.copy(VALID, dir.resolve("b.xlsx"));
        Files.writeString(dir.resolve("~$b.xlsx"), "lock");

        Run run = run("verify", dir.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("– " + dir.resolve("~$b.xlsx") + "  Office 临时锁定文件，已跳过")
                .contains("✓ " + dir.resolve("b.xlsx"))
                .contains("✗ " + junk + "  无法读取：")
                .as("the file named once on its line").doesNotContain("无法读取：" + junk)
                .endsWith("2 份报表：通过 1，有误 0，无法读取 1\n");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("verify").code()).isEqualTo(Main.USAGE);
        Run missing = run("verify", dir.resolve("无此文件.xlsx").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("找不到").contains("无此文件.xlsx");
        Run empty = run("verify", dir.toString());
        assertThat(empty.code()).isEqualTo(Main.USAGE);
        assertThat(empty.err()).contains("没有找到报表文件");
    }

    @Test
    void annotatesTheReturnsWithFindingsAndLeavesTheOriginalsAlone() throws Exception {
        String before = sha256(INVALID);
        Path out = dir.resolve("退回修改");

        Run run = run("verify", INVALID.toString(), VALID.toString(), "--annotate", out.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(sha256(INVALID)).isEqualTo(before);
        assertThat(out.resolve("湛河区公安分局-校验.xlsx")).exists();
        assertThat(out.resolve("湛河区教育局-校验.xlsx")).doesNotExist();
        assertThat(run.out()).contains("已写出标注副本：" + out.resolve("湛河区公安分局-校验.xlsx"));

        Run again = run("verify", INVALID.toString(), "--annotate", out.toString());
        assertThat(again.code()).isEqualTo(Main.USAGE);
        assertThat(again.err()).contains("已存在");
        assertThat(run("verify", INVALID.toString(), "--annotate", out.toString(), "--force").code()).isEqualTo(Main.INVALID);
    }

    @Test
    void aReturnIdenticalToLastYearsIsFlaggedButStaysValid() {
        Run run = run("verify", VALID.toString(), "--previous", VALID.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("提示  （整份报表）  全部 200 个数字与上年（2024 年）报表");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
