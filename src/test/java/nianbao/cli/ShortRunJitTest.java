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
        assertThat(ShortRunJit.apply()).isTrue();
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
    void aRunAskingForTheJvmsOwnCompilersIsLeftAlone() {
        assertThat(ShortRunJit.wanted()).isTrue();
        System.setProperty(ShortRunJit.PROPERTY, "default");
        assertThat(ShortRunJit.wanted()).isFalse();
    }
}
