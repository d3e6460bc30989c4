package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcFsTest {
    /** /proc/self/stat of a cat, copied from this machine. */
    private static final String CAT_STAT = "31289 (cat) R 31287 31287 29079 0 -1 4194304 101 0 0 0 0 0 0 0 20 0 1 0 "
            + "3400374 3133440 387 18446744073709551615 94539274100736 94539274120617 140735890858400 0 0 0 0 0 0 0 "
            + "0 0 17 0 0 0 0 0 0 94539274136624 94539274138240 94540258394112 140735890864670 140735890864690 "
            + "140735890864690 140735890866155 0\n";

    @Test
    void theStartTimeIsField22InClockTicks() {
        assertThat(ProcFs.startTicks(CAT_STAT)).isEqualTo(3400374L);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "4242 (Kafka (x) io 1) S 1 4242 4242 0 -1 4194560 5 0 0 0 3 1 0 0 20 0 42 0 "
                + "123456 7000000 9000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcFs.startTicks(stat)).isEqualTo(123456L);
    }

    @Test
    void aLineThatIsNotAStatLineIsRefused() {
        assertThatThrownBy(() -> ProcFs.startTicks("no parenthesis here"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcFs.startTicks("1 (short) S 0 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uptimeIsTheFirstNumberInSeconds() {
        assertThat(ProcFs.uptime("34003.86 20040.36\n")).isEqualTo(Duration.ofMillis(34_003_860));
    }

    @Test
    void theAgeIsUptimeLessTheStartAtOneHundredTicksASecond() {
        // started 34003.74 s after boot, now 34003.86 s after boot
        assertThat(ProcFs.age(3_400_374L, Duration.ofMillis(34_003_860))).isEqualTo(Duration.ofMillis(120));
    }

    @Test
    void theResidentMemoryIsVmRssInKilobytes() {
        String status = """
                Name:\tjava
                VmPeak:\t 3914560 kB
                VmSize:\t 3850112 kB
                VmHWM:\t  241236 kB
                VmRSS:\t  187412 kB
                RssAnon:\t  150000 kB
                Threads:\t44
                """;

        assertThat(ProcFs.rssKb(status)).contains(187412L);
        assertThat(ProcFs.rssKb("Name:\tkthreadd\nThreads:\t1\n")).as("a kernel thread has no VmRSS").isEmpty();
    }

    @Test
    void thisProcessHasAnAgeAndAResidentMemory() {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcFs.age(pid)).hasValueSatisfying(d -> assertThat(d).isPositive());
        assertThat(ProcFs.rssKb(pid)).hasValueSatisfying(kb -> assertThat(kb).isPositive());
        assertThat(ProcFs.rssKb(Long.MAX_VALUE)).as("no such process").isEmpty();
    }
}
