package vn.motcua.e2e.load;

import java.util.Locale;

/**
 * One measured phase: how many operations ended, in how long, their latencies and how many failed. An operation is
 * whatever the phase counts (a dossier, a transaction, a record, a lifecycle); {@code unit} names it per second.
 */
record Measurement(String name, String unit, int operations, long elapsedNanos, Percentiles latencies, int errors) {

    static Measurement of(String name, String unit, long[] latencyNanos, long elapsedNanos, int errors) {
        return new Measurement(name, unit, latencyNanos.length, elapsedNanos, new Percentiles(latencyNanos), errors);
    }

    /** This and a later round of the same phase as one: operations, time, latencies and errors added up. */
    Measurement plus(Measurement round) {
        return new Measurement(name, unit, operations + round.operations, elapsedNanos + round.elapsedNanos,
                latencies.plus(round.latencies), errors + round.errors);
    }

    double perSecond() {
        return operations / (elapsedNanos / 1e9);
    }

    double p50() {
        return latencies.millis(0.50);
    }

    double p99() {
        return latencies.millis(0.99);
    }

    int ok() {
        return operations - errors;
    }

    /** {@code name  1234.5 dossiers/s  p50 3.1 ms  p99 12.0 ms  (n=400, errors 0)}. */
    String line() {
        return String.format(Locale.ROOT, "%-44s %10.1f %-11s %8s %8s  n=%d%s", name, perSecond(), unit + "/s",
                ms(p50()), ms(p99()), operations, errors == 0 ? "" : ", errors " + errors);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-44s %10s %-11s %8s %8s", "", "rate", "", "p50 ms", "p99 ms");
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}
