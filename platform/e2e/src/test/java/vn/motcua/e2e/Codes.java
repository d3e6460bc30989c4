package vn.motcua.e2e;

import java.util.concurrent.atomic.AtomicInteger;

/** Procedure codes no demo data and no earlier run uses (the state is fresh, but runs may be external). */
final class Codes {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 400_000));

    private Codes() {
    }

    static String next() {
        return String.format("2.%06d", 500_000 + SEQ.incrementAndGet() % 500_000);
    }
}
