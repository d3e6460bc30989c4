package vn.motcua.platform.security;

import java.util.Optional;
import vn.motcua.events.ProvinceCode;

/**
 * Role × jurisdiction: what a {@link Caller} may reach. The one place that knows; tested with a table of
 * callers ({@code AccessRulesTest}).
 *
 * <p>Decree 61/2018 Art. 5 and Decree 118/2025 Art. 5: the one-stop desk receives for every agency of the
 * province, while appraisal and resolution belong to the competent agency (thẩm quyền) and within it to a
 * unit. So reception officers and the province admin see the province's files, agency heads and processing
 * officers their agency's, unit leads their unit's; a portal sees the dossiers it submitted (it acts for
 * citizens, and a desk-filed dossier carries personal data the portal never had). National roles read reports
 * across provinces, never case files (ARCHITECTURE §5).
 */
public final class AccessRules {
    private AccessRules() {
    }

    /** The case files the caller may read; with several roles, the widest grant applies. */
    public static CaseScope caseScope(Caller caller) {
        if (caller.province().isEmpty()) {
            return new CaseScope.Nothing();
        }
        ProvinceCode province = caller.province().get();
        if (caller.has(Roles.PROVINCE_ADMIN) || caller.has(Roles.RECEPTION_OFFICER)) {
            return new CaseScope.Province(province);
        }
        if ((caller.has(Roles.AGENCY_HEAD) || caller.has(Roles.PROCESSING_OFFICER)) && caller.agency().isPresent()) {
            return new CaseScope.Agency(province, caller.agency().get());
        }
        if (caller.has(Roles.UNIT_LEAD) && caller.agency().isPresent() && caller.unit().isPresent()) {
            return new CaseScope.Unit(province, caller.agency().get(), caller.unit().get());
        }
        if (caller.has(Roles.PORTAL) || caller.has(Roles.CITIZEN)) {
            return new CaseScope.OwnSubmissions(province, caller.name());
        }
        return new CaseScope.Nothing();
    }

    /** Giải quyết: only a processing officer of the competent agency acts on a file (thẩm quyền). */
    public static boolean mayResolve(Caller caller, CaseScope.Holder file) {
        return caller.has(Roles.PROCESSING_OFFICER) && caller.province().filter(file.province()::equals).isPresent()
                && caller.agency().filter(file.agency()::equals).isPresent();
    }

    /**
     * Tiếp nhận: a reception officer of the file's province accepts, asks for papers, refuses, registers the
     * papers or supplement brought to the desk, returns the result and records a withdrawal the applicant asks at
     * the desk. The one-stop desk receives for every agency of the province (Decree 118/2025 Art. 14 cl. 2), so
     * the officer's own agency does not narrow it.
     */
    public static boolean mayReceive(Caller caller, CaseScope.Holder file) {
        return caller.has(Roles.RECEPTION_OFFICER) && inProvince(caller, file);
    }

    /**
     * The applicant's side: the portal or the citizen that submitted the file adds papers, sends the supplement
     * and withdraws (Decree 118/2025 Art. 21); nobody else's submission.
     */
    public static boolean isSubmitter(Caller caller, CaseScope.Holder file) {
        return (caller.has(Roles.PORTAL) || caller.has(Roles.CITIZEN)) && inProvince(caller, file)
                && caller.name().equals(file.submittedBy());
    }

    /**
     * Yêu cầu bổ sung during appraisal: the competent agency appraises (Art. 19 cl. 5), so its processing officer
     * or a unit lead of it.
     */
    public static boolean mayRequestSupplement(Caller caller, CaseScope.Holder file) {
        return (caller.has(Roles.PROCESSING_OFFICER) || caller.has(Roles.UNIT_LEAD)) && ofAgency(caller, file);
    }

    /**
     * Xin lỗi và hẹn lại ngày trả: the apology is the competent agency's, signed by whom leads the work (Art. 19
     * cl. 6): a unit lead or the agency head of that agency.
     */
    public static boolean mayExtend(Caller caller, CaseScope.Holder file) {
        return (caller.has(Roles.UNIT_LEAD) || caller.has(Roles.AGENCY_HEAD)) && ofAgency(caller, file);
    }

    private static boolean inProvince(Caller caller, CaseScope.Holder file) {
        return caller.province().filter(file.province()::equals).isPresent();
    }

    private static boolean ofAgency(Caller caller, CaseScope.Holder file) {
        return inProvince(caller, file) && caller.agency().filter(file.agency()::equals).isPresent();
    }

    /**
     * The province whose reports the caller reads: its own; another only for national roles and only when
     * named, so a national auditor never reads "some" province by default.
     */
    public static ReportGrant reportGrant(Caller caller, Optional<ProvinceCode> requested) {
        if (requested.isEmpty()) {
            return caller.province().<ReportGrant>map(ReportGrant.Granted::new)
                    .orElseGet(() -> caller.isNational() ? new ReportGrant.MustNameProvince()
                            : new ReportGrant.Refused());
        }
        if (caller.isNational() || caller.province().filter(requested.get()::equals).isPresent()) {
            return new ReportGrant.Granted(requested.get());
        }
        return new ReportGrant.Refused();
    }

    /** The outcome of {@link #reportGrant}. */
    public sealed interface ReportGrant {
        record Granted(ProvinceCode province) implements ReportGrant {
        }

        /** A national caller asked for no province: ambiguous, so refused rather than guessed. */
        record MustNameProvince() implements ReportGrant {
        }

        record Refused() implements ReportGrant {
        }
    }

    /**
     * Chuyển xử lý: the desk (a reception officer of the province) hands a dossier over from the desk to the first
     * step (Decree 118/2025 Art. 18); afterwards the unit that holds it, its processing officer or its lead, hands
     * it to the next step, or to a co-operating agency's unit of an inter-connected procedure (Art. 20).
     *
     * @param holding the agency and unit that hold the file now (a co-operating agency's during liên thông)
     * @param atDesk  the file has not left the desk yet
     */
    public static boolean mayHandOver(Caller caller, CaseScope.Holder holding, boolean atDesk) {
        if (caller.province().filter(holding.province()::equals).isEmpty()) {
            return false;
        }
        if (atDesk) {
            return caller.has(Roles.RECEPTION_OFFICER);
        }
        return (caller.has(Roles.PROCESSING_OFFICER) || caller.has(Roles.UNIT_LEAD)) && holdsIt(caller, holding);
    }

    /** Phân công: the lead of the unit holding the file assigns it to one of the unit's officers. */
    public static boolean mayAssign(Caller caller, CaseScope.Holder holding) {
        return caller.has(Roles.UNIT_LEAD) && caller.province().filter(holding.province()::equals).isPresent()
                && holdsIt(caller, holding);
    }

    /** The caller's agency and unit are those holding the file; a file at the desk is no unit's. */
    private static boolean holdsIt(Caller caller, CaseScope.Holder holding) {
        return caller.agency().filter(holding.agency()::equals).isPresent() && holding.unit().isPresent()
                && caller.unit().filter(holding.unit().get()::equals).isPresent();
    }
}
