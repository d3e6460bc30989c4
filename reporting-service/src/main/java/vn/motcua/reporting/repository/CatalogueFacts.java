package vn.motcua.reporting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureVersionEvent;

/**
 * The catalogue's read models ({@code procedure_version_fact}, {@code procedure_abolition_fact},
 * {@code agency_fact}, {@code field_fact}, {@code reporting_cutoff_fact}), each write idempotent.
 */
@ApplicationScoped
public class CatalogueFacts {
    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    /**
     * A published version, once (a published version never changes: a second copy is ignored). A version whose
     * event gave no {@code effective_to} ends where the next version begins, whichever of the two came first.
     * Then the dossiers received under it, or (without a version) on a day it was the latest in force, that did
     * not know their field yet get it: the catalogue may reach this consumer after the dossiers.
     *
     * @param feeBearing whether any fee of the version is above zero
     */
    public void version(String province, ProcedureVersionEvent e, boolean feeBearing, ZoneId zone) {
        ProcedureTerms t = e.terms();
        jdbc.update("""
                insert into procedure_version_fact (province_code, procedure_id, code, version, name, field_code, agency,
                    issuing_level, mechanism, online_mode, postal_receipt, postal_return, four_on_the_spot, fee_bearing,
                    effective_from, effective_to, decision_number, decision_date, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (province_code, procedure_id, version) do nothing""",
                province, e.procedureId(), e.code(), t.version(), t.name(), t.fieldCode(), t.agencyCode(),
                t.issuingLevel(), t.mechanism(), t.onlineMode(), t.postalReceipt(), t.postalReturn(),
                t.fourOnTheSpot(), feeBearing, t.effectiveFrom(), t.effectiveTo(), t.decision().number(),
                t.decision().date(), e.publishedAt());
        jdbc.update("""
                update procedure_version_fact v set effective_to = n.effective_from
                from procedure_version_fact n
                where v.province_code = ? and v.procedure_id = ? and v.effective_to is null
                  and n.province_code = v.province_code and n.procedure_id = v.procedure_id
                  and n.version = v.version + 1""", province, e.procedureId());
        jdbc.update("""
                update dossier_fact set field_code = ?
                where province_code = ? and procedure_code = ? and procedure_version = ? and field_code is null""",
                t.fieldCode(), province, e.code(), t.version());
        jdbc.update("""
                update dossier_fact d set field_code = %s
                where d.province_code = ? and d.procedure_code = ? and d.procedure_version is null
                  and d.field_code is null""".formatted(DossierFacts.FIELD_OF_VERSION.replace(
                        "cast(? as timestamptz)", "d.received_at")),
                province, e.code(), null, null, zone.getId(), province, e.code());
    }

    /** Bãi bỏ: the abolition of a procedure, as its decision says. */
    public void abolished(String province, ProcedureAbolished e) {
        jdbc.update("""
                insert into procedure_abolition_fact (province_code, procedure_id, code, effective_from, decision_number,
                    decision_date)
                values (?, ?, ?, ?, ?, ?)
                on conflict (province_code, procedure_id) do update set code = excluded.code,
                    effective_from = excluded.effective_from, decision_number = excluded.decision_number,
                    decision_date = excluded.decision_date""",
                province, e.procedureId(), e.code(), e.effectiveFrom(),
                e.decision() == null ? null : e.decision().number(), e.decision() == null ? null : e.decision().date());
    }

    /** The agency as it now stands, when this revision is newer than the one kept; its fields' names with it. */
    public void agency(String province, AgencyChanged e) {
        List<AgencyChanged.Field> fields = e.fields() == null ? List.of() : e.fields();
        int changed = jdbc.update("""
                insert into agency_fact (province_code, code, name, revision, fields)
                values (?, ?, ?, ?, cast(? as jsonb))
                on conflict (province_code, code) do update set name = excluded.name, revision = excluded.revision,
                    fields = excluded.fields
                where agency_fact.revision < excluded.revision""",
                province, e.code(), e.name(), e.revision(), write(fields));
        if (changed == 0) {
            return;
        }
        for (AgencyChanged.Field f : fields) {
            jdbc.update("""
                    insert into field_fact (province_code, code, name) values (?, ?, ?)
                    on conflict (province_code, code) do update set name = excluded.name""",
                    province, f.code(), f.name());
        }
    }

    /** The province's cut-off days replace the ones kept (the event is the whole calendar). */
    public void cutoffs(String province, CalendarChanged e) {
        jdbc.update("delete from reporting_cutoff_fact where province_code = ?", province);
        for (CalendarChanged.ReportingCutoff c : e.reportingCutoffs()) {
            jdbc.update("""
                    insert into reporting_cutoff_fact (province_code, valid_from, day) values (?, ?, ?)
                    on conflict (province_code, valid_from) do update set day = excluded.day""",
                    province, c.validFrom(), c.day());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
