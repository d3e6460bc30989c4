package vn.motcua.dossier.domain;

/** Người nộp hồ sơ: a citizen (identified by the personal identification number) or an organisation (tax code). */
public enum ApplicantKind {
    CITIZEN, ORGANISATION
}
