package vn.motcua.platform.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The replay's lanes: a partition's records in order on one lane, a topic drained whole, a failure stops it. */
class ReplayLanesTest {

    /** Remembers each batch as "lane: partition/offset ..." and fails on the record given. */
    static final class Store implements RebuildableStore {
        final List<String> batches = Collections.synchronizedList(new ArrayList<>());
        final int lanes;
        final String failOn;

        Store(int lanes, String failOn) {
            this.lanes = lanes;
            this.failOn = failOn;
        }

        @Override
        public long applyAll(List<ConsumerRecord<String, String>> records) {
            List<String> offsets = records.stream().map(r -> r.partition() + "/" + r.offset()).toList();
            if (offsets.contains(failOn)) {
                throw new IllegalStateException("cannot apply " + failOn);
            }
            batches.add(Thread.currentThread().getName() + ": " + String.join(" ", offsets));
            return records.stream().filter(r -> r.value() == null).count();
        }

        @Override
        public int lanes() {
            return lanes;
        }

        @Override
        public List<String> topics() {
            return List.of("t");
        }

        @Override
        public List<String> channels() {
            return List.of();
        }

        @Override
        public void clear() {
        }

        @Override
        public void apply(ConsumerRecord<String, String> record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> finish() {
            return Map.of();
        }
    }

    /** Four partitions' records as a consumer hands them over: partition by partition, offsets 0 to 4. */
    static List<ConsumerRecord<String, String>> records() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int partition = 0; partition < 4; partition++) {
            for (int offset = 0; offset < 5; offset++) {
                records.add(new ConsumerRecord<>("t", partition, offset, "k", offset == 4 ? null : "v"));
            }
        }
        return records;
    }

    @Test
    void eachPartitionGoesToOneLaneInOffsetOrderAndDrainWaitsForEveryBatch() {
        Store store = new Store(2, "none");
        try (ReplayLanes lanes = new ReplayLanes(store, 3)) {
            records().forEach(lanes::add);
            lanes.drain();

            assertThat(lanes.done()).isEqualTo(20);
            assertThat(lanes.malformed()).isEqualTo(4);
        }
        // partitions 0 and 2 on lane 0, 1 and 3 on lane 1; batches of three records, the rest when drained
        assertThat(store.batches.stream().filter(b -> b.startsWith("rebuild-lane-0")).toList()).containsExactly(
                "rebuild-lane-0: 0/0 0/1 0/2", "rebuild-lane-0: 0/3 0/4 2/0", "rebuild-lane-0: 2/1 2/2 2/3",
                "rebuild-lane-0: 2/4");
        assertThat(store.batches.stream().filter(b -> b.startsWith("rebuild-lane-1")).toList()).containsExactly(
                "rebuild-lane-1: 1/0 1/1 1/2", "rebuild-lane-1: 1/3 1/4 3/0", "rebuild-lane-1: 3/1 3/2 3/3",
                "rebuild-lane-1: 3/4");
    }

    @Test
    void aFailedBatchIsThrownAndItsLaneAppliesNothingAfterIt() {
        Store store = new Store(2, "0/4");
        try (ReplayLanes lanes = new ReplayLanes(store, 3)) {
            assertThatThrownBy(() -> {
                records().forEach(lanes::add);
                lanes.drain();
            }).isInstanceOf(IllegalStateException.class).hasMessage("cannot apply 0/4");
        }

        assertThat(store.batches.stream().filter(b -> b.startsWith("rebuild-lane-0")).toList())
                .containsExactly("rebuild-lane-0: 0/0 0/1 0/2");
    }

    @Test
    void oneLaneAppliesTheBatchesInTheOrderRead() {
        Store store = new Store(1, "none");
        try (ReplayLanes lanes = new ReplayLanes(store, 8)) {
            records().forEach(lanes::add);
            lanes.drain();
        }

        assertThat(store.batches).containsExactly(
                "rebuild-lane-0: 0/0 0/1 0/2 0/3 0/4 1/0 1/1 1/2",
                "rebuild-lane-0: 1/3 1/4 2/0 2/1 2/2 2/3 2/4 3/0",
                "rebuild-lane-0: 3/1 3/2 3/3 3/4");
    }
}
