package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSamplerTest {

    @Test
    void aProcessStatLineGivesItsParentAndItsUserPlusSystemTicks() {
        String stat = "4242 (java) S 4200 4242 4200 0 -1 4194560 51234 0 12 0 1500 250 0 0 20 0 57 0 9876 0 0";

        assertThat(CpuSampler.parentAndTicks(stat)).hasValueSatisfying(p -> assertThat(p).containsExactly(4200, 1750));
    }

    @Test
    void aCommandWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (postgres: x (y) z) S 70 77 77 0 -1 4194304 900 0 0 0 30 12 0 0 20 0 1 0 555 0 0";

        assertThat(CpuSampler.parentAndTicks(stat)).hasValueSatisfying(p -> assertThat(p).containsExactly(70, 42));
        assertThat(CpuSampler.parentAndTicks("")).isEmpty();
        assertThat(CpuSampler.parentAndTicks("1 (init) S 0")).isEmpty();
    }

    @Test
    void theMachineIsBusyExceptWhenIdleOrWaitingForDisk() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        long[] m = CpuSampler.machine("cpu  1000 10 300 5000 200 5 15 0 0 0");

        assertThat(m).containsExactly(1330, 6530);
    }

    @Test
    void roundsOfAPhaseAreSummedAndPrintedPerOperationBusiestFirst() {
        var usage = new CpuSampler.Usage();
        usage.add(new CpuSampler.Snapshot(0, 1_000, 2_000, Map.of("dossier-service", 500L, "gateway", 100L)),
                new CpuSampler.Snapshot(0, 1_150, 2_200, Map.of("dossier-service", 560L, "gateway", 110L)));
        usage.add(new CpuSampler.Snapshot(0, 2_000, 3_000, Map.of("dossier-service", 900L, "gateway", 200L)),
                new CpuSampler.Snapshot(0, 2_050, 3_100, Map.of("dossier-service", 940L, "gateway", 210L)));

        // 200 ticks of 10 ms over 100 dossiers; dossier-service 100 ticks, the gateway 20
        assertThat(usage.perOperation(100, "dossier"))
                .isEqualTo("CPU per dossier: machine 20.0 ms; dossier-service 10.0 ms, gateway 2.0 ms");
        assertThat(usage.perOperation(0, "dossier")).isEqualTo("CPU per dossier: none measured");
    }

    @Test
    void aPhaseIsPrintedAsTheMachinesShareAndEachProcesssShareOfOneCore() {
        var a = new CpuSampler.Snapshot(0, 1_000, 2_000, Map.of("gateway", 100L, "dossier-service", 500L, "idle", 7L));
        var b = new CpuSampler.Snapshot(2_000_000_000L, 1_380, 2_400,
                Map.of("gateway", 220L, "dossier-service", 650L, "idle", 9L));

        assertThat(CpuSampler.between(a, b, 2))
                .isEqualTo("machine 95 % busy of 2 cores; of one core: dossier-service 75 %, gateway 60 %,"
                        + " everything else 54 %");
    }

    @Test
    void aProcessCountsItsDescendantsButTheLauncherCountsAlone() {
        // pid -> {parent, ticks}: the launcher 10 started a service 20, which started 30
        Map<Long, long[]> processes = Map.of(10L, new long[] {1, 100}, 20L, new long[] {10, 40},
                30L, new long[] {20, 5}, 40L, new long[] {1, 999});

        assertThat(CpuSampler.ticks(20, true, processes)).isEqualTo(45);
        assertThat(CpuSampler.ticks(10, true, processes)).isEqualTo(145);
        assertThat(CpuSampler.ticks(10, false, processes)).isEqualTo(100);
        assertThat(CpuSampler.ticks(77, true, processes)).isZero();
    }
}
