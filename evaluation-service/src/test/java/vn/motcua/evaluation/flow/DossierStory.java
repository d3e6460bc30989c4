package vn.motcua.evaluation.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.DossierHandedOver;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierWithdrawn;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;
import vn.motcua.events.TimelinessRule;

/**
 * One dossier's events as dossier-service publishes them, with literal dates (Asia/Ho_Chi_Minh, 2026-Q2 as the
 * national cut-off, the 15th, cuts it: 2026-03-15..2026-06-14): received at the desk, handed to a unit's officer,
 * resolved, returned.
 */
public final class DossierStory {
    public static final Instant RECEIVED = Instant.parse("2026-04-01T02:00:00Z");
    /** 15/4/2026 17:00 in Vietnam. */
    public static final Instant DUE = Instant.parse("2026-04-15T10:00:00Z");

    public final UUID id = UUID.randomUUID();
    public final String province;
    public final String agency;
    public final String code;
    private final List<EventEnvelope> events = new ArrayList<>();
    private boolean imported;
    private String procedure = "1.004227";

    private DossierStory(String province, String agency) {
        this.province = province;
        this.agency = agency;
        this.code = province + "-260401-" + id.toString().substring(0, 6);
    }

    public static DossierStory of(String province, String agency) {
        return new DossierStory(province, agency);
    }

    /** Under the procedure of this code (1.004227 unless told). */
    public DossierStory procedure(String code) {
        this.procedure = code;
        return this;
    }

    /** As if it came from the previous system (every later event says so too). */
    public DossierStory imported() {
        this.imported = true;
        return this;
    }

    public DossierStory received(String officer) {
        return add(new DossierReceived(id, code, procedure, agency, Channel.DIRECT_CENTRE, RECEIVED, DUE, null,
                "CHUNG", RuleSet.DECREE_118_2025, RECEIVED, imported ? true : null, imported ? null : officer),
                RECEIVED);
    }

    public DossierStory handedTo(String unit, String officer) {
        Instant at = RECEIVED.plusSeconds(3600);
        return add(new DossierHandedOver(id, code, agency, 1, null, agency, unit, officer, at, null, false,
                imported ? true : null), at);
    }

    /** Resolved at the instant, by the officer of the unit, timeliness as the legal rule gives it. */
    public DossierStory resolved(Instant at, String unit, String officer) {
        Timeliness timeliness = TimelinessRule.classify(at, DUE, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        return add(new DossierResolved(id, code, procedure, agency, Channel.DIRECT_CENTRE, RECEIVED, DUE, at,
                timeliness, Outcome.APPROVED, null, DUE, 0, 0L, false, null, false, false, unit, officer,
                RuleSet.DECREE_118_2025, null, imported ? true : null), at);
    }

    public DossierStory returned(Instant at) {
        return add(new DossierReturned(id, code, agency, at, ReturnMethod.DESK, imported ? true : null), at);
    }

    public DossierStory withdrawn(Instant at) {
        return add(new DossierWithdrawn(id, code, agency, at, "Người nộp đề nghị dừng", imported ? true : null), at);
    }

    public List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    public EventEnvelope last() {
        return events.getLast();
    }

    private DossierStory add(DomainEvent payload, Instant at) {
        events.add(EventEnvelope.of(payload, new ProvinceCode(province), at));
        return this;
    }
}
