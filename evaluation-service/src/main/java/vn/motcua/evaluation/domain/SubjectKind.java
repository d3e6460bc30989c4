package vn.motcua.evaluation.domain;

/** Whose scorecard (Circular 01/2018/TT-VPCP Art. 15 cl. 1). */
public enum SubjectKind {
    /** Cán bộ, công chức: indicators 1, 2, 3, 4, 7, at most 10. */
    OFFICER,
    /** Bộ phận một cửa or a unit of the agency: 5, 6, 8, 9, at most 8. */
    UNIT,
    /** The agency and its head: all nine, at most 18. */
    AGENCY,
    /** The province: all nine over its agencies' dossiers. */
    PROVINCE
}
