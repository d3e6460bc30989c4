package vn.motcua.catalog.domain;

/**
 * What a unit (đơn vị) of an agency is for. The one-stop desk (Bộ phận Một cửa) of a provincial agency sits
 * at the province's Public Administration Service Centre [law: Decree 118/2025 Art. 7 cl. 2]; professional
 * units (phòng chuyên môn) appraise dossiers; the leadership (lãnh đạo) signs decisions.
 */
public enum OrgUnitKind {
    ONE_STOP_DESK, PROFESSIONAL_UNIT, LEADERSHIP
}
