package vn.motcua.catalog.domain;

/** Why a rule refuses a procedure's terms, naming the field as the caller wrote it. */
public record RuleViolation(String field, String message) {
}
