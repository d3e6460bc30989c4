package vn.motcua.catalog.service;

/** What a field becomes: its name, and the agency that handles it (which may move to another agency). */
public record FieldChangeCommand(String name, String agency) {
}
