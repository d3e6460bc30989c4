package vn.motcua.dossier.domain;

import java.time.Instant;
import vn.motcua.events.Timeliness;

/**
 * What a dossier's action log amounts to now. Derived, never set field by field.
 *
 * @param resolvedAt null until resolved
 * @param timeliness null until resolved
 */
public record DossierState(DossierStatus status, int lastSequence, Instant receivedAt, Instant dueAt,
        Instant resolvedAt, Timeliness timeliness) {
}
