package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.idempotency.IdempotentRequests;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.domain.form.FormCode;
import vn.motcua.reporting.domain.form.ReportForm;
import vn.motcua.reporting.repository.ReportCorrection;

/**
 * Corrections of a form's figures (issue 16 §7): an official who knows a figure is wrong (a dossier entered in the
 * wrong field, a paper register not yet migrated) records the right one with the reason. The computed figure stays;
 * the form shows computed, corrected and the difference. The province admin corrects any agency's form of the
 * province and the province's own; an agency head only the own agency's (Circular 01/2020/TT-VPCP: the head of the
 * reporting unit signs its report).
 */
@ApplicationScoped
public class CorrectionService implements Corrections {
    @Inject
    ReportForms forms;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    TenantRunner tenants;

    @Inject
    Clock clock;

    /** @param agency empty for the province's form */
    public record RecordCommand(String form, String period, Optional<String> agency, String row, String column,
            BigDecimal corrected, String reason) {
    }

    public record CorrectionView(UUID id, ProvinceCode province, String form, String period, String agency,
            String row, String column, BigDecimal corrected, String reason, String enteredBy, Instant enteredAt) {
    }

    public record Recorded(CorrectionView correction, boolean replay) {
    }

    /** Records a correction once per Idempotency-Key (a retry answers with the first one). */
    public Recorded record(Caller caller, RecordCommand command, Optional<String> idempotencyKey) {
        ProvinceCode province = mayCorrect(caller, command.agency());
        FormCode code = FormCode.of(command.form())
                .orElseThrow(() -> unprocessable("form", "is not a form; known: II.06b, II.03b, evaluation, rates"));
        ReportScope scope = command.agency().<ReportScope>map(a -> new ReportScope.Agency(province, a))
                .orElseGet(() -> new ReportScope.Province(province));
        ReportForm form = forms.form(code, scope, command.period());
        ReportForm.Column column = checkCell(form, command);
        String fingerprint = idempotencyKey.map(k -> idempotent.fingerprint(command)).orElse(null);
        return tenants.callAs(province, () -> idempotent.once(
                () -> idempotencyKey.flatMap(key -> ReportCorrection.byKey(caller.name(), key)).map(earlier -> {
                    if (!Objects.equals(earlier.requestHash, fingerprint)) {
                        throw new ProblemException(409, "idempotency-key-reused", "Idempotency key reused",
                                "Idempotency-Key " + idempotencyKey.get() + " was used for another correction;"
                                        + " use a new key for a new correction.",
                                List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request")));
                    }
                    return new Recorded(view(earlier), true);
                }),
                () -> {
                    ReportCorrection c = new ReportCorrection();
                    c.id = UUID.randomUUID();
                    c.form = code.code();
                    c.periodLabel = form.period().label();
                    c.agency = command.agency().orElse("");
                    c.rowKey = command.row();
                    c.columnKey = column.key();
                    c.corrected = command.corrected().setScale(1);
                    c.reason = command.reason();
                    c.enteredBy = caller.name();
                    c.enteredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    c.idempotencyKey = idempotencyKey.orElse(null);
                    c.requestHash = fingerprint;
                    c.persist();
                    c.flush();
                    return new Recorded(view(c), false);
                }));
    }

    /** Every correction of the form, oldest first, for whoever reads that form. */
    public List<CorrectionView> list(Caller caller, String form, String period, Optional<String> agency,
            Optional<String> requested) {
        FormCode code = FormCode.of(form).orElseThrow(() -> ProblemException.invalidField("form",
                "is not a form; known: II.06b, II.03b, evaluation, rates"));
        ReportScope scope = ReportAccess.scope(caller, requested, agency);
        ProvinceCode province = scope.provinceCode().orElseThrow();
        String ofAgency = scope.agencyCode().orElse("");
        return tenants.callAs(province, () -> ReportCorrection.of(code.code(), period, ofAgency).stream()
                .map(CorrectionService::view).toList());
    }

    @Override
    public List<Correction> inForce(ProvinceCode province, FormCode form, String periodLabel, String agency) {
        return tenants.callAs(province, () -> {
            Map<String, ReportCorrection> latest = new LinkedHashMap<>();
            for (ReportCorrection c : ReportCorrection.of(form.code(), periodLabel, agency)) {
                latest.remove(c.rowKey + "\u0000" + c.columnKey);
                latest.put(c.rowKey + "\u0000" + c.columnKey, c);
            }
            return latest.values().stream().map(c -> new Correction(c.rowKey, c.columnKey, c.corrected, c.reason,
                    c.enteredBy, c.enteredAt)).toList();
        });
    }

    /**
     * The row and the column must be printed in that form for that scope; a TEXT column has no figure; a COUNT
     * is whole (a number of dossiers or procedures).
     */
    private static ReportForm.Column checkCell(ReportForm form, RecordCommand command) {
        if (form.rows().stream().noneMatch(r -> r.key().equals(command.row()))) {
            throw unprocessable("row", "is not a row of " + form.form() + " for " + form.period().label());
        }
        ReportForm.Column column = form.columns().stream().filter(c -> c.key().equals(command.column()))
                .findFirst().orElseThrow(() -> unprocessable("column", "is not a column of " + form.form()));
        if ("TEXT".equals(column.kind())) {
            throw unprocessable("column", "is a text column, not a figure");
        }
        if ("COUNT".equals(column.kind()) && command.corrected().stripTrailingZeros().scale() > 0) {
            throw unprocessable("corrected", "must be a whole number for a count");
        }
        if (command.corrected().stripTrailingZeros().scale() > 1) {
            throw unprocessable("corrected", "must have at most one decimal");
        }
        return column;
    }

    /** The province admin: any agency of the own province; an agency head: the own agency's form only. */
    private static ProvinceCode mayCorrect(Caller caller, Optional<String> agency) {
        if (caller.province().isPresent()) {
            if (caller.has(Roles.PROVINCE_ADMIN)) {
                return caller.province().get();
            }
            if (caller.has(Roles.AGENCY_HEAD) && agency.isPresent() && caller.agency().equals(agency)) {
                return caller.province().get();
            }
        }
        throw new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                "A form's figures are corrected by the province admin, or by an agency head for the own agency.");
    }

    private static CorrectionView view(ReportCorrection c) {
        return new CorrectionView(c.id, new ProvinceCode(c.provinceCode), c.form, c.periodLabel,
                c.agency.isEmpty() ? null : c.agency, c.rowKey, c.columnKey, c.corrected, c.reason, c.enteredBy,
                c.enteredAt);
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "invalid-correction", "Invalid correction", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
