package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.cli.Main;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole season in a real browser (headless Chromium): roster in, the 18 sample returns dropped, 4 to fix
 * and 1 not reported shown, the 催报 text, the consolidated workbook downloaded with the CLI's totals, a fixed
 * return dropped and the counts updated, a published report read, the desk restarted and the same state
 * shown. A screenshot of each part goes to {@code target/desk/} for a person to look at.
 */
class SeasonInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path RETURNS = Path.of("samples/returns");
    static final Path ROSTER = Path.of("samples/roster.csv");
    static final Path SHOTS = Path.of("target/desk");
    static final String BODY = "湛河区人民政府（全区汇总）";

    @TempDir
    Path folder;

    WebDriver browser;
    RunningDesk desk;
    Path downloads;

    @BeforeEach
    void open() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium and its driver are not installed (Debian: apt-get install chromium chromium-driver)");
        Files.createDirectories(SHOTS);
        downloads = Files.createDirectories(folder.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        desk = RunningDesk.start(folder.resolve("ws"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void theWholeSeason() throws Exception {
        browser.get(desk.server.url());
        waitFor(() -> text("season-line").contains("已收") || text("season-line").contains("应报"));
        assertThat(browser.getCurrentUrl()).as("the token leaves the address").doesNotContain("token");

        setSeason();
        upload("roster-file", List.of(ROSTER.toAbsolutePath()));
        waitFor(() -> text("roster-state").contains("共 19 个单位"));
        shot("1-本期");

        step("templates");
        shot("2-发模板");
        click("templates-zip");
        assertThat(downloaded(".zip")).isNotNull();

        step("intake");
        upload("returns-files", sampleReturns());
        waitFor(() -> text("intake-count").contains("已读完 18 个文件"));
        waitFor(() -> text("season-line").contains("应报 19 个单位：已报 18（通过 14，待修改 4），未报 1"));
        assertThat(rows("returns-table")).hasSize(18);
        shot("3-收报表");

        step("problems");
        waitFor(() -> browser.findElements(By.cssSelector("#problem-list .problem")).size() == 4);
        waitFor(() -> !value("reminders").isEmpty());
        String reminders = value("reminders");
        assertThat(reminders).contains("姚孟街道办事处：尚未报送");
        assertThat(reminders.lines().filter(l -> l.contains("报表有误"))).hasSize(4);
        assertThat(reminders).contains("湛河区公安分局（湛河区公安分局.xlsx）：报表有误").contains("'年报数据'!D51");
        assertThat(text("problem-list")).contains("'年报数据'!J51");
        shot("4-问题");

        step("summary");
        waitFor(() -> text("balance").contains("已合计 14 份"));
        waitFor(() -> !browser.findElements(By.cssSelector("#summary-tables table")).isEmpty());
        waitFor(() -> !browser.findElements(By.cssSelector("#chart-ranking svg rect")).isEmpty());
        click("download-xlsx");
        Path workbook = downloaded(".xlsx");
        assertThat(totals(workbook)).isEqualTo(totals(cliConsolidated()));
        shot("5-汇总");

        step("intake");
        drop("returns-drop", "湛河区公安分局.xlsx", FixedReturn.of("湛河区公安分局", "11410411002596954C", 2024, RETURNS.resolve("湛河区民政局.xlsx")));
        waitFor(() -> text("season-line").contains("已报 18（通过 15，待修改 3），未报 1"));
        browser.findElement(By.cssSelector("#versions summary")).click();
        assertThat(text("versions-table")).contains("湛河区公安分局.xlsx（第2版）").contains("否（已有更新的一份）");
        shot("3b-收报表-改正后", "versions");

        step("reports");
        upload("reports-files", List.of(Path.of("samples/seed-report.txt").toAbsolutePath()));
        waitFor(() -> !browser.findElements(By.cssSelector("#report-list .official table")).isEmpty());
        assertThat(text("report-list")).contains("湛河区信访局");
        shot("6-查公开年报");

        String before = text("season-line");
        desk.close();
        desk = RunningDesk.start(folder.resolve("ws"));
        browser.get(desk.server.url());
        waitFor(() -> text("season-line").contains("应报"));
        assertThat(text("season-line")).isEqualTo(before);
        step("intake");
        assertThat(rows("returns-table")).hasSize(18);
        shot("7-重启后");
    }

    private void setSeason() {
        WebElement body = browser.findElement(By.id("season-body"));
        body.clear();
        body.sendKeys(BODY);
        WebElement year = browser.findElement(By.id("season-year"));
        year.clear();
        year.sendKeys("2024");
        browser.findElement(By.cssSelector("#season-form button[type=submit]")).click();
        waitFor(() -> text("season-saved").contains("已保存"));
    }

    private static List<Path> sampleReturns() throws Exception {
        try (Stream<Path> files = Files.list(RETURNS)) {
            return files.sorted().map(Path::toAbsolutePath).toList();
        }
    }

    /** Gives files to a file input, as the picker (or a drop) does. */
    private void upload(String input, List<Path> files) {
        browser.findElement(By.id(input)).sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
    }

    /** Drops a file onto a drop zone, as dragging it from a folder does (a drop event carrying the file). */
    private void drop(String zone, String name, byte[] bytes) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const bytes = Uint8Array.from(atob(arguments[2]), c => c.charCodeAt(0));"
                + "const dt = new DataTransfer(); dt.items.add(new File([bytes], arguments[1]));"
                + "const zone = document.getElementById(arguments[0]);"
                + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                zone, name, java.util.Base64.getEncoder().encodeToString(bytes));
    }

    private void step(String part) {
        browser.findElement(By.cssSelector(".step[data-part='" + part + "']")).click();
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> condition.getAsBoolean());
    }

    /** The file the browser finished downloading with this extension. */
    private Path downloaded(String extension) {
        Path[] found = new Path[1];
        waitFor(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                found[0] = files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    private void shot(String name) throws Exception {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A screenshot with this element at the top of the window. */
    private void shot(String name, String id) throws Exception {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private Path cliConsolidated() {
        Path out = folder.resolve("cli.xlsx");
        StringWriter text = new StringWriter();
        int status = Main.commandLine(new PrintWriter(text), new PrintWriter(text)).execute("consolidate", RETURNS.toString(),
                "--roster", ROSTER.toString(), "--agency", BODY, "--year", "2024", "-o", out.toString());
        assertThat(status).as(text.toString()).isEqualTo(Main.INVALID);
        return out;
    }

    private static Map<String, BigDecimal> totals(Path consolidated) throws Exception {
        Return summary = new ReturnReader().read(consolidated);
        assertThat(summary.agency()).isEqualTo(BODY);
        return summary.values();
    }
}
