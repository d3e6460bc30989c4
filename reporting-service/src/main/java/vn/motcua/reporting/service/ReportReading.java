package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Stand-in for the forms helper's {@code ReportAccess} until its branch is merged (the same rules, from the
 * contract): whose figures a caller reads. The province admin: the own province, or one of its agencies with
 * {@code agency=}; an agency head or unit lead: the own agency; the national auditor: a province named with
 * {@code province=}; anyone else: 403.
 */
@ApplicationScoped
public class ReportReading {
    public ReportScope scope(Caller caller, Optional<ProvinceCode> province, Optional<String> agency) {
        if (caller.isNational()) {
            ProvinceCode named = province.orElseThrow(() -> ProblemException.invalidField("province",
                    "a national auditor names the province to read"));
            return agency.<ReportScope>map(a -> new ReportScope.Agency(named, a))
                    .orElseGet(() -> new ReportScope.Province(named));
        }
        ProvinceCode own = caller.province().orElseThrow(ReportReading::refused);
        if (province.isPresent() && !province.get().equals(own)) {
            throw new ProblemException(403, "foreign-province", "Another province",
                    "Only national roles read another province's reports; yours is " + own.value() + ".");
        }
        if (caller.has(Roles.PROVINCE_ADMIN)) {
            return agency.<ReportScope>map(a -> new ReportScope.Agency(own, a))
                    .orElseGet(() -> new ReportScope.Province(own));
        }
        if ((caller.has(Roles.AGENCY_HEAD) || caller.has(Roles.UNIT_LEAD)) && caller.agency().isPresent()) {
            String mine = caller.agency().get();
            if (agency.isPresent() && !agency.get().equals(mine)) {
                throw new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                        "You read the reports of your agency " + mine + " only.");
            }
            return new ReportScope.Agency(own, mine);
        }
        throw refused();
    }

    private static ProblemException refused() {
        return new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                "Reports are read by the province's leaders and the national auditor.");
    }
}
