package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the README runs as printed in a fresh copy of the repository, in order, and leaves
 * {@code git status} clean: the commands of its {@code sh} blocks and the {@code $ } lines of its plain
 * blocks (whose printed output lines must be among what the command prints, {@code …} standing for the
 * lines left out). Blocks marked {@code text}, {@code bat} or {@code json} are synopses, Windows commands
 * and data, not run. The Maven commands are left out (a stand-in {@code mvn} does nothing, this test
 * being part of that very build); {@code target/nianbao.jar} is a jar whose class path is this build's.
 */
class ReadmeExamplesTest {

    private static final Pattern FENCE = Pattern.compile("^\\s*```(\\w*)\\s*$");
    private static final String ELLIPSIS = "…";

    @TempDir
    Path dir;

    /**
     * A command of the README and the output it shows (empty when it shows none).
     *
     * @param command the shell command, continuation lines joined
     * @param shown the output lines printed under it in the README
     */
    record Example(String command, List<String> shown) {
    }

    @Test
    void everyExampleRunsAsPrintedOnAFreshCloneAndLeavesItClean() throws Exception {
        assumeTrue(File.separatorChar == '/' && onPath("git") && onPath("bash"), "needs git and bash (not Windows): skipped");
        assumeTrue(run(List.of("git", "rev-parse", "--is-inside-work-tree"), Path.of("")).code() == 0,
                "not a git checkout: there is no fresh clone to make, skipped");
        Path clone = freshClone();
        Path bin = standIns();
        List<Example> examples = examples(Files.readString(clone.resolve("README.md")));
        assertThat(examples).as("the README's examples").hasSizeGreaterThan(8);

        for (Example example : examples) {
            Result result = run(List.of("bash", "-c", example.command()), clone, bin);

            assertThat(result.code()).as(example.command() + "\n" + result.err()).isIn(Main.OK, Main.INVALID);
            assertThat(result.err()).as(example.command()).doesNotContain("用法错误").doesNotContain("错误：");
            List<String> printed = result.out().lines().map(String::stripTrailing).toList();
            for (String line : example.shown()) {
                if (!line.strip().equals(ELLIPSIS)) {
                    assertThat(printed).as(example.command() + " prints, as the README shows:\n" + line).contains(line.stripTrailing());
                }
            }
        }

        Result status = run(List.of("git", "status", "--porcelain", "--untracked-files=all"), clone);
        assertThat(status.out()).as("git status after every example").isEmpty();
    }

    @Test
    void readsCommandsAndTheirShownOutputButNotSynopses() {
        String readme = String.join("\n", "```sh", "a --x \\", "    --y", "b", "```", "```text", "c FILE", "```",
                "```", "$ d", "out 1", "…", "out 2", "$ e", "```", "  ```json", "  {}", "  ```", "```bat", "f.bat", "```");

        assertThat(examples(readme)).containsExactly(new Example("a --x --y", List.of()), new Example("b", List.of()),
                new Example("d", List.of("out 1", "…", "out 2")), new Example("e", List.of()));
    }

    /** The README's examples in order. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        String lang = null;
        StringBuilder pending = new StringBuilder();
        String command = null;
        List<String> shown = new ArrayList<>();
        for (String line : readme.lines().toList()) {
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                if (command != null) {
                    examples.add(new Example(command, shown));
                    command = null;
                }
                lang = lang == null ? fence.group(1) : null;
            } else if ("sh".equals(lang)) {
                pending.append(line.strip());
                if (line.endsWith("\\")) {
                    pending.setLength(pending.length() - 1);
                } else {
                    examples.add(new Example(pending.toString().strip(), List.of()));
                    pending.setLength(0);
                }
            } else if ("".equals(lang) && line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, shown));
                }
                command = line.substring(2).strip();
                shown = new ArrayList<>();
            } else if ("".equals(lang) && command != null) {
                shown.add(line);
            }
        }
        return examples;
    }

    /** The repository's files as a fresh clone has them (those tracked, or new and not ignored), committed. */
    private Path freshClone() throws IOException, InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        Path clone = Files.createDirectories(dir.resolve("clone"));
        String files = run(List.of("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"), project).out();
        for (String name : files.split("\0")) {
            Path from = project.resolve(name);
            if (!name.isEmpty() && Files.isRegularFile(from)) {
                Path to = clone.resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
                if (Files.isExecutable(from)) {
                    to.toFile().setExecutable(true);
                }
            }
        }
        git(clone, "init", "-q");
        git(clone, "add", "-A");
        git(clone, "-c", "user.name=readme", "-c", "user.email=readme@example.org", "commit", "-q", "-m", "fresh clone");
        jar(clone.resolve("target/nianbao.jar"));
        return clone;
    }

    /** A jar of no classes whose manifest runs nianbao on this build's class path: nianbao.jar as the build would make it. */
    static void jar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ",
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(p -> Path.of(p).toAbsolutePath().toUri().toString()).toList()));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
    }

    /** A folder with a stand-in {@code mvn} that does nothing: this test runs inside the build the README's Maven commands make. */
    private Path standIns() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result r = run(command, repo);
        assertThat(r.code()).as(String.join(" ", command) + "\n" + r.err()).isZero();
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(List<String> command, Path in) throws IOException, InterruptedException {
        return run(command, in, null);
    }

    private static Result run(List<String> command, Path in, Path bin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toAbsolutePath().toFile());
        if (bin != null) {
            builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        }
        Path out = Files.createTempFile("readme-out", ".txt");
        Path err = Files.createTempFile("readme-err", ".txt");
        try {
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command) + " finishes").isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
