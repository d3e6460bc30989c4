package vn.motcua.catalog.rest;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalog.service.AgencyView;

/** An agency with its units and the fields it handles. */
public record AgencyResponse(
        String province,
        String code,
        String officialCode,
        String name,
        String parent,
        LocalDate activeFrom,
        LocalDate activeTo,
        int revision,
        List<OrgUnitResponse> units,
        List<FieldResponse> fields) {

    static AgencyResponse of(AgencyView a) {
        return new AgencyResponse(a.province(), a.code(), a.officialCode(), a.name(), a.parent(), a.activeFrom(),
                a.activeTo(), a.revision(), a.units().stream().map(OrgUnitResponse::of).toList(),
                a.fields().stream().map(FieldResponse::of).toList());
    }
}
