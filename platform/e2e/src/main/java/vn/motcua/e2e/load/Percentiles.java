package vn.motcua.e2e.load;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of latencies in nanoseconds, in milliseconds: the p-th percentile is the smallest
 * sample at or below which p % of the samples lie (no interpolation, so a p99 is a latency some call really had).
 */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** {@code p} in (0, 1]; NaN for no samples. */
    double millis(double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("a percentile is in (0, 1], got " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The samples of both. */
    Percentiles plus(Percentiles other) {
        long[] both = Arrays.copyOf(sorted, sorted.length + other.sorted.length);
        System.arraycopy(other.sorted, 0, both, sorted.length, other.sorted.length);
        return new Percentiles(both);
    }

    int count() {
        return sorted.length;
    }
}
