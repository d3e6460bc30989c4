package vn.motcua.reporting.service;

import java.time.Instant;

/**
 * The time of the latest event the read models applied (the facts helper's bean; {@link NoFreshness} stands in
 * until it is merged).
 */
public interface Freshness {
    Instant dataAsOf();
}
