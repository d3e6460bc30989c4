package vn.motcua.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Stand-in until the read models' freshness bean is merged: the forms print no "data as of". */
@DefaultBean
@ApplicationScoped
public class NoFreshness implements Freshness {
    @Override
    public Instant dataAsOf() {
        return null;
    }
}
