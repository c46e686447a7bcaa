package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures (never asserts a time) how long the page takes to take in N generated returns dropped at once:
 * the first row shown, every file read, the season's line and table refreshed; and the command line's
 * {@code consolidate} of the same files in a process of its own. Run on purpose only:
 * {@code mvn test -Dtest=DeskUploadBenchmark -Ddesk.bench=500}; the figures go to docs/benchmarks.md.
 */
class DeskUploadBenchmark {

    @TempDir
    Path folder;

    @Test
    void dropGeneratedReturns() throws Exception {
        String n = System.getProperty("desk.bench", "");
        assumeTrue(!n.isEmpty(), "a measurement, run only when asked for with -Ddesk.bench=N");
        assumeTrue(Files.isExecutable(SeasonInBrowserTest.CHROMIUM) && Files.isExecutable(SeasonInBrowserTest.DRIVER),
                "headless Chromium and its driver are not installed");
        int count = Integer.parseInt(n);
        Path returns = folder.resolve("returns");
        StringWriter text = new StringWriter();
        assertThat(Main.commandLine(new PrintWriter(text), new PrintWriter(text))
                .execute("bench", "generate", "-n", n, returns.toString())).as(text.toString()).isZero();
        List<Path> files;
        try (Stream<Path> all = Files.list(returns)) {
            files = all.sorted().map(Path::toAbsolutePath).toList();
        }
        assertThat(files).hasSize(count);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(SeasonInBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(SeasonInBrowserTest.DRIVER.toFile()).build(), options);
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            browser.get(desk.server.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(10), Duration.ofMillis(250));
            wait.until(d -> d.findElement(By.id("season-line")).getText().contains("已收"));
            browser.findElement(By.cssSelector(".step[data-part='intake']")).click();
            long start = System.nanoTime();
            browser.findElement(By.id("returns-files")).sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
            long given = System.nanoTime();
            wait.until(d -> !d.findElements(By.cssSelector("#returns-table tbody tr .badge")).isEmpty());
            long first = System.nanoTime();
            wait.until(d -> d.findElement(By.id("intake-count")).getText().contains("已读完"));
            long read = System.nanoTime();
            wait.until(d -> d.findElement(By.id("season-line")).getText().contains("已收 " + count + " 份"));
            long refreshed = System.nanoTime();
            System.out.printf("desk, %d returns: files given to the page %.2f s, first row %.2f s, all read %.2f s, season refreshed %.2f s%n",
                    count, (given - start) / 1e9, (first - start) / 1e9, (read - start) / 1e9, (refreshed - start) / 1e9);
        } finally {
            browser.quit();
        }
        long cliStart = System.nanoTime();
        Process cli = new ProcessBuilder("java", "-XX:+UseSerialGC", "-jar", "target/nianbao.jar", "consolidate", returns.toString(),
                "-o", folder.resolve("cli.xlsx").toString(), "--quiet").redirectErrorStream(true)
                .redirectOutput(folder.resolve("cli.log").toFile()).start();
        int status = cli.waitFor();
        System.out.printf("cli consolidate, %d returns: %.2f s (exit %d)%n", count, (System.nanoTime() - cliStart) / 1e9, status);
    }
}
