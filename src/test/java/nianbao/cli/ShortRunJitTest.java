package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
    void aRunAskingForTheJvmsOwnCompilersIsLeftAlone() {
        assertThat(ShortRunJit.wanted()).isTrue();
        System.setProperty(ShortRunJit.PROPERTY, "default");
        assertThat(ShortRunJit.wanted()).isFalse();
    }
}
