package vn.motcua.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agency of a province (cơ quan: a Sở, a Chi cục) was created or changed, or one of its units (đơn vị,
 * phòng, the one-stop desk) or the fields (lĩnh vực) it handles. Carries the whole agency as it now stands, so
 * a consumer replaces what it kept instead of applying a difference, and a later revision always wins.
 *
 * <p>Unit kinds travel as text ({@code ONE_STOP_DESK}, {@code PROFESSIONAL_UNIT}, {@code LEADERSHIP}), not as
 * an enum: payloads only grow, and a kind added later must not make an older consumer refuse the event.
 *
 * @param province the province code (also the event's tenant); with {@code code} it makes the aggregate id
 * @param code the platform identifier tokens carry, e.g. {@code SKHCN-20}
 * @param officialCode mã định danh under QCVN 102:2016 (Circular 10/2016/TT-BTTTT), e.g. {@code 000.00.15.H43}
 * @param parent the code of the agency it belongs to (a Chi cục under its Sở); null for a top-level agency
 * @param activeTo last day it acts; null while it has no end
 * @param revision 1 on creation, one more on every change of the agency, its units or its fields
 */
public record AgencyChanged(
        String province,
        String code,
        String officialCode,
        String name,
        @OptionalField String parent,
        LocalDate activeFrom,
        @OptionalField LocalDate activeTo,
        List<Unit> units,
        List<Field> fields,
        int revision,
        Instant changedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return province + ":" + code;
    }

    /**
     * A unit of the agency.
     *
     * @param officialCode its QCVN 102:2016 code; null when the province has not assigned one
     */
    public record Unit(String code, String officialCode, String name, String kind) {
        public Unit {
            Objects.requireNonNull(code, "units[].code");
            Objects.requireNonNull(name, "units[].name");
            Objects.requireNonNull(kind, "units[].kind");
        }
    }

    /** A field the agency handles, by its code {@code MX1X2-LV} (Circular 01/2018/TT-VPCP Art. 20). */
    public record Field(String code, String name) {
        public Field {
            Objects.requireNonNull(code, "fields[].code");
            Objects.requireNonNull(name, "fields[].name");
        }
    }
}
