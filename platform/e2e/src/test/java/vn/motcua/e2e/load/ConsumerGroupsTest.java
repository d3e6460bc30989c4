package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConsumerGroupsTest {

    @Test
    void membersWithoutPartitionsOfTheTopicAreLeftOutAndTheOthersOrdered() {
        List<List<Integer>> held = ConsumerGroups.held(List.of(List.of(5, 3, 4), List.of(), List.of(2, 0, 1)));

        assertThat(held).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5));
        assertThat(ConsumerGroups.shares(held)).isEqualTo("[0, 1, 2] + [3, 4, 5]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0,1,2 | 3,4,5   | 6 | true
            0,1,2 | 3,4     | 6 | false
            0,1,2 | 2,3,4   | 6 | false
            0,1   | 2,3     | 4 | true
            0,1,2 |         | 3 | false
            """)
    void aSecondInstanceTookHalfWhenTwoMembersHoldEqualSharesOfEveryPartition(String a, String b, int partitions,
            boolean halves) {
        List<List<Integer>> held = b == null ? List.of(ints(a)) : List.of(ints(a), ints(b));

        assertThat(ConsumerGroups.halves(held, partitions)).isEqualTo(halves);
    }

    @Test
    void theSecondInstanceAnswersTenPortsAboveTheFirst() {
        assertThat(ScaleOut.secondInstance("http://localhost:18602")).isEqualTo("http://localhost:18612");
        assertThat(ScaleOut.secondInstance("http://localhost:8082")).isEqualTo("http://localhost:8092");
    }

    private static List<Integer> ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(Integer::parseInt).toList();
    }
}
