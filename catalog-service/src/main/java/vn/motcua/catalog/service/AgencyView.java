package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalog.repository.Agency;

/** An agency with its units and the fields it handles, as use cases return it and as its event carries it. */
public record AgencyView(String province, String code, String officialCode, String name, String parent,
        LocalDate activeFrom, LocalDate activeTo, int revision, List<OrgUnitView> units, List<FieldView> fields) {

    static AgencyView of(Agency a, List<OrgUnitView> units, List<FieldView> fields) {
        return new AgencyView(a.provinceCode, a.code, a.officialCode, a.name, a.parentCode(), a.activeFrom,
                a.activeTo, a.revision, List.copyOf(units), List.copyOf(fields));
    }
}
