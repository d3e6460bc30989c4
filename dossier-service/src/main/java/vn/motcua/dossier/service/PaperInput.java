package vn.motcua.dossier.service;

/**
 * A paper (thành phần hồ sơ) as the desk or the portal records it.
 *
 * @param digitised  số hóa: a digital copy is held
 * @param reusedFrom the code of an earlier dossier of the same applicant whose accepted paper is reused; null
 *                   when the paper is given anew
 */
public record PaperInput(String code, String name, boolean digitised, String reusedFrom) {
}
