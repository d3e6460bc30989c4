package vn.motcua.evaluation.support;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * STAND-IN until the core helper's Reevaluation is merged (remove this folder then): remembers what it was asked,
 * and like the real one refuses to run outside the caller's transaction.
 */
@DefaultBean
@ApplicationScoped
public class RecordingReevaluation implements vn.motcua.evaluation.service.Reevaluation {
    private final List<UUID> dossiers = new CopyOnWriteArrayList<>();
    private final List<String> agencies = new CopyOnWriteArrayList<>();

    /** The dossiers asked for (read through a method: a test holds a client proxy, whose fields are not these). */
    public List<UUID> dossiers() {
        return List.copyOf(dossiers);
    }

    /** {@code agency@day} of each agency asked for. */
    public List<String> agencies() {
        return List.copyOf(agencies);
    }

    public void forget() {
        dossiers.clear();
        agencies.clear();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void dossierChanged(UUID dossierId) {
        dossiers.add(dossierId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void agencyChanged(String agency, LocalDate day) {
        agencies.add(agency + "@" + day);
    }
}
