package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.ProcedureTerms;

/**
 * The terms of the procedure version a dossier is pinned to, kept in memory once read. A published version never
 * changes and is never removed (its replica row's columns are not updatable; ProcedureReplicaService only adds),
 * so what was read once stays true on every instance and needs no invalidation: only versions not yet read cost
 * a query. Issue 17's profile of intake: every answer offering a hand-over, and every hand-over, read the version
 * and its terms' JSON again.
 *
 * <p>At most {@link #HELD} versions, the least recently used leaving first: a province's daily work touches a few
 * hundred of its procedures, the whole country's catalogue would not fit the heap.
 */
@ApplicationScoped
public class PinnedTerms {
    static final int HELD = 2_000;

    private record Key(String province, String code, int version) {
    }

    private final Map<Key, ProcedureTerms> held = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, ProcedureTerms> eldest) {
                    return size() > HELD;
                }
            });

    /** Must run inside the dossier's province (tenant filter), whose replica is read the first time. */
    public ProcedureTerms of(Dossier d) {
        Key key = new Key(d.provinceCode, d.procedureCode, d.procedureVersion);
        ProcedureTerms terms = held.get(key);
        if (terms == null) {
            terms = read(d);
            held.put(key, terms);
        }
        return terms;
    }

    private static ProcedureTerms read(Dossier d) {
        return ProcedureVersionReplica.<ProcedureVersionReplica>find("code = ?1 and version = ?2", d.procedureCode,
                d.procedureVersion).firstResultOptional().map(v -> v.terms).orElseThrow(() -> new IllegalStateException(
                        "dossier " + d.id + " is pinned to a version the replica does not hold"));
    }
}
