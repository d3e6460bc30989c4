package vn.motcua.catalog.domain;

/** Why a rule refuses an input: the field the caller must fix and what it must be. */
public record Refusal(String field, String message) {
}
