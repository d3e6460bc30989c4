package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.catalog.domain.CatalogueCounts;
import vn.motcua.catalog.repository.CatalogueCountRows;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.AccessRules.ReportGrant;
import vn.motcua.platform.security.Caller;

/** The catalogue's counts for form II.03b, of the province {@link AccessRules#reportGrant} grants. */
@ApplicationScoped
public class CatalogueCountService {
    @Inject
    CatalogueCountRows rows;

    /** As of {@code to}; {@code agency} null for the whole province. */
    public CatalogueCounts counts(Caller caller, LocalDate from, LocalDate to, String agency,
            Optional<ProvinceCode> requested) {
        ProvinceCode province = switch (AccessRules.reportGrant(caller, requested)) {
            case ReportGrant.Granted granted -> granted.province();
            case ReportGrant.MustNameProvince none ->
                    throw ProblemException.invalidField("province", "a national auditor names the province to read");
            case ReportGrant.Refused refused -> throw new ProblemException(403, "foreign-province", "Another province",
                    "Only national roles read another province's catalogue counts; yours is "
                            + caller.province().map(ProvinceCode::value).orElse("none") + ".");
        };
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from (" + from + ")");
        }
        String p = province.value();
        return CatalogueCounts.count(from, to, rows.versions(p, from, to, agency), rows.abolitions(p, from, to, agency));
    }
}
