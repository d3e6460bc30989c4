package vn.motcua.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Whose scorecards a caller may read (Circular 01/2018/TT-VPCP Art. 15: officers are scored by their unit and
 * agency, units and agencies by the agency head and the province): an officer their own; a unit lead their unit and
 * the officers who handled steps in it; an agency head their agency, its units and officers, and their province; the
 * province admin everything in the province; the national auditor everything, in the province they name. Portals
 * and citizens nothing. With several roles, every grant applies. Tested with a table of callers.
 */
public final class EvaluationAccess {
    private EvaluationAccess() {
    }

    /** Which subjects of one kind a grant admits. */
    public sealed interface SubjectScope {
        /** Every subject of the kind in the province. */
        record Any() implements SubjectScope {
        }

        /** One subject: the officer themself, the lead's unit, the head's agency or province. */
        record Only(String subject) implements SubjectScope {
        }

        /** The units of an agency ({@code AGENCY/UNIT} subjects). */
        record UnitsOf(String agency) implements SubjectScope {
        }

        /** The officers who handled the agency's dossiers (in the unit, when not null) in the period. */
        record OfficersOf(String agency, String unit) implements SubjectScope {
        }
    }

    /** The grants of the caller for the kind; empty: the kind is never theirs (403). */
    public static List<SubjectScope> scopes(Caller caller, SubjectKind kind) {
        List<SubjectScope> scopes = new ArrayList<>();
        if (caller.has(Roles.PROVINCE_ADMIN) && caller.province().isPresent() || caller.isNational()) {
            return List.of(new SubjectScope.Any());
        }
        if (caller.province().isEmpty()) {
            return List.of();
        }
        Optional<String> agency = caller.agency();
        Optional<String> unit = caller.unit();
        if (kind == SubjectKind.OFFICER && (caller.has(Roles.RECEPTION_OFFICER) || caller.has(Roles.PROCESSING_OFFICER)
                || caller.has(Roles.UNIT_LEAD))) {
            scopes.add(new SubjectScope.Only(caller.name()));
        }
        if (caller.has(Roles.UNIT_LEAD) && agency.isPresent() && unit.isPresent()) {
            switch (kind) {
                case UNIT -> scopes.add(new SubjectScope.Only(agency.get() + "/" + unit.get()));
                case OFFICER -> scopes.add(new SubjectScope.OfficersOf(agency.get(), unit.get()));
                default -> { }
            }
        }
        if (caller.has(Roles.AGENCY_HEAD) && agency.isPresent()) {
            scopes.add(switch (kind) {
                case AGENCY -> new SubjectScope.Only(agency.get());
                case UNIT -> new SubjectScope.UnitsOf(agency.get());
                case OFFICER -> new SubjectScope.OfficersOf(agency.get(), null);
                case PROVINCE -> new SubjectScope.Only(caller.province().get().value());
            });
        }
        return List.copyOf(scopes);
    }

    /**
     * The province whose scorecards are read: the caller's own; a national auditor must name one; anyone else
     * naming another is refused (422 naming {@code province}).
     */
    public static ProvinceCode province(Caller caller, Optional<ProvinceCode> requested) {
        return switch (AccessRules.reportGrant(caller, requested)) {
            case AccessRules.ReportGrant.Granted granted -> granted.province();
            case AccessRules.ReportGrant.MustNameProvince none -> throw refused("province",
                    "a national auditor names the province to read (province=NN)");
            case AccessRules.ReportGrant.Refused refused -> throw caller.province().isEmpty()
                    ? new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                            "Evaluations are read by the officers of a province and by national auditors.")
                    : refused("province", "only national auditors read another province; yours is "
                            + caller.province().get().value());
        };
    }

    /** A 422 naming the parameter, as every refused query value of the evaluation reads is. */
    public static ProblemException refused(String field, String message) {
        return new ProblemException(422, "validation", "Invalid input", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
