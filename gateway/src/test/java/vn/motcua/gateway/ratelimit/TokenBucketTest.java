package vn.motcua.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void idleClientMaySendTheWholeBurstAtOnce() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(1, 4, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(SECOND / 8)).isEqualTo(SECOND / 8);
        assertThat(bucket.take(SECOND / 4)).isZero();
    }

    @Test
    void longIdlenessRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.isFull(3600 * SECOND)).isTrue();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isPositive();
    }
}
