package vn.motcua.catalog.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.catalog.repository.Field;
import vn.motcua.catalog.repository.OrgUnit;

/** Assembles agencies with their units and fields: one agency, or all of the province in three queries. */
final class OrganisationViews {
    private OrganisationViews() {
    }

    static AgencyView of(Agency agency) {
        return AgencyView.of(agency, OrgUnit.ofAgency(agency).stream().map(OrgUnitView::of).toList(),
                Field.ofAgency(agency).stream().map(FieldView::of).toList());
    }

    static List<AgencyView> all(List<Agency> agencies) {
        Map<String, List<OrgUnitView>> units = OrgUnit.all().stream().map(OrgUnitView::of)
                .collect(Collectors.groupingBy(OrgUnitView::agency));
        Map<String, List<FieldView>> fields = Field.all().stream().map(FieldView::of)
                .collect(Collectors.groupingBy(FieldView::agency));
        return agencies.stream().map(a -> AgencyView.of(a, units.getOrDefault(a.code, List.of()),
                fields.getOrDefault(a.code, List.of()))).toList();
    }
}
