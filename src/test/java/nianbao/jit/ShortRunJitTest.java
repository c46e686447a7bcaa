package nianbao.jit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nianbao.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJitTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(ShortRunJit.PROPERTY);
    }

    @Test
    void theDirectiveIsTakenByTheRunningJvmAndKeepsMethodsFromC2() throws Exception {
        String before = String.valueOf(ShortRunJit.command("compilerDirectivesPrint"));
        assertThat(ShortRunJit.apply()).as("its two rules").isEqualTo(2);
        try {
            String after = String.valueOf(ShortRunJit.command("compilerDirectivesPrint"));
            assertThat(after).isNotEqualTo(before).contains("sun/security/provider/*.*").containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
        } finally {
            String[] added = String.valueOf(ShortRunJit.command("compilerDirectivesPrint")).split("Directive:", -1);
            for (int i = before.split("Directive:", -1).length; i < added.length; i++) {
                ShortRunJit.command("compilerDirectivesRemove");
            }
        }
        assertThat(String.valueOf(ShortRunJit.command("compilerDirectivesPrint"))).isEqualTo(before);
    }

    @Test
    void aShortRunKeepsTheDirectiveAndALongOneGivesItBack() throws Exception {
        String before = String.valueOf(ShortRunJit.command("compilerDirectivesPrint"));
        ShortRunJit.applyInBackground();
        ShortRunJit.fitTo(ShortRunJit.LONG_RUN_FILES - 1);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (String.valueOf(ShortRunJit.command("compilerDirectivesPrint")).equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(String.valueOf(ShortRunJit.command("compilerDirectivesPrint"))).as("kept for a short run")
                .isNotEqualTo(before).contains("sun/security/provider/*.*");
        ShortRunJit.fitTo(ShortRunJit.LONG_RUN_FILES);
        assertThat(String.valueOf(ShortRunJit.command("compilerDirectivesPrint"))).as("removed for a long run").isEqualTo(before);
        ShortRunJit.fitTo(ShortRunJit.LONG_RUN_FILES);
        assertThat(String.valueOf(ShortRunJit.command("compilerDirectivesPrint"))).as("removed once only").isEqualTo(before);
    }

    @Test
    void anExitingProgramLetsTheDirectiveBeAddedFirstSoItsFileDoesNotStay() throws Exception {
        String before = String.valueOf(ShortRunJit.command("compilerDirectivesPrint"));
        try {
            ShortRunJit.applyInBackground();
            ShortRunJit.settle();
            assertThat(ShortRunJit.adding().isDone()).as("added, not halfway").isTrue();
        } finally {
            while (!String.valueOf(ShortRunJit.command("compilerDirectivesPrint")).equals(before)) {
                ShortRunJit.command("compilerDirectivesRemove");
            }
        }
    }

    @Test
    void runsEndedEarlyLeaveNoDirectiveFileInTheTemporaryFolder(@TempDir Path tmp) throws Exception {
        for (int run = 0; run < 12; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "verify", "samples/returns").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(150L + 100L * run);
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("nianbao-jit-"));
        }
    }

    @Test
    void aRunAskingForTheJvmsOwnCompilersIsLeftAlone() {
        assertThat(ShortRunJit.wanted()).isTrue();
        System.setProperty(ShortRunJit.PROPERTY, "default");
        assertThat(ShortRunJit.wanted()).isFalse();
    }
}
