package vn.motcua.reporting.service;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Whose reports a caller reads (issue 16, item 5): the province admin their province (any agency of it with
 * {@code agency=}); an agency head or unit lead their agency only; the national auditor a named province or the
 * national roll-up; nobody else (officers, citizens, portals) any report. National roles read reports across
 * provinces, never case files (ARCHITECTURE §5); a province's officials never another province's. The one place
 * that decides, tested with a table of callers ({@code ReportAccessTest}).
 */
public final class ReportAccess {
    /** An agency code as the catalogue issues them ({@code SKHCN-20}). */
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    private ReportAccess() {
    }

    /**
     * The scope of a province's or an agency's form.
     *
     * @param province the {@code province} query parameter, if given
     * @param agency   the {@code agency} query parameter, if given
     * @throws ProblemException 400 naming {@code province} or {@code agency} for a malformed one or a national
     *                          auditor naming no province; 403 for a caller outside it
     */
    public static ReportScope scope(Caller caller, Optional<String> province, Optional<String> agency) {
        Optional<ProvinceCode> named = province.map(ReportAccess::provinceCode);
        agency.ifPresent(ReportAccess::checkAgency);
        if (caller.has(Roles.NATIONAL_AUDITOR)) {
            ProvinceCode p = named.orElseThrow(() -> ProblemException.invalidField("province",
                    "a national auditor names the province to read, or reads the national roll-up"));
            return agency.<ReportScope>map(a -> new ReportScope.Agency(p, a)).orElse(new ReportScope.Province(p));
        }
        ProvinceCode own = caller.province().orElseThrow(ReportAccess::noReports);
        if (named.isPresent() && !named.get().equals(own)) {
            throw new ProblemException(403, "foreign-province", "Another province",
                    "Only national roles read another province's reports; yours is " + own.value() + ".");
        }
        if (caller.has(Roles.PROVINCE_ADMIN)) {
            return agency.<ReportScope>map(a -> new ReportScope.Agency(own, a)).orElse(new ReportScope.Province(own));
        }
        if ((caller.has(Roles.AGENCY_HEAD) || caller.has(Roles.UNIT_LEAD)) && caller.agency().isPresent()) {
            String mine = caller.agency().get();
            if (agency.isPresent() && !agency.get().equals(mine)) {
                throw new ProblemException(403, "foreign-agency", "Another agency",
                        "You read the reports of your agency " + mine + " only.");
            }
            return new ReportScope.Agency(own, mine);
        }
        throw noReports();
    }

    /** The national roll-up: the national auditor's only. */
    public static ReportScope national(Caller caller) {
        if (!caller.has(Roles.NATIONAL_AUDITOR)) {
            throw new ProblemException(403, "national-only", "National roll-up",
                    "Only the national auditor reads every province's figures; yours are in your province's forms.");
        }
        return new ReportScope.National();
    }

    /**
     * The province whose periods a caller lists: the named one for the national auditor (the national cut-off when
     * none), else the caller's own.
     */
    public static Optional<ProvinceCode> periodsProvince(Caller caller, Optional<String> province) {
        Optional<ProvinceCode> named = province.map(ReportAccess::provinceCode);
        if (caller.has(Roles.NATIONAL_AUDITOR)) {
            return named;
        }
        ProvinceCode own = caller.province().orElseThrow(ReportAccess::noReports);
        if (named.isPresent() && !named.get().equals(own)) {
            throw new ProblemException(403, "foreign-province", "Another province",
                    "Only national roles read another province's periods; yours is " + own.value() + ".");
        }
        return Optional.of(own);
    }

    private static ProvinceCode provinceCode(String value) {
        if (!ProvinceCode.isValid(value)) {
            throw ProblemException.invalidField("province", "a province code is two digits, e.g. 20");
        }
        return new ProvinceCode(value);
    }

    private static void checkAgency(String value) {
        if (!AGENCY.matcher(value).matches()) {
            throw ProblemException.invalidField("agency", "an agency code is letters, digits, '.', '_' or '-', e.g."
                    + " SKHCN-20");
        }
    }

    private static ProblemException noReports() {
        return new ProblemException(403, "no-reports", "Reports are for leaders",
                "Periodic reports are read by the province admin, agency heads, unit leads and national auditors.",
                List.<Problem.FieldError>of());
    }
}
