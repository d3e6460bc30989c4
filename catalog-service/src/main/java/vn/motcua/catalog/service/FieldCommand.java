package vn.motcua.catalog.service;

/** Tạo lĩnh vực (create a field) and name the agency of the province that handles it. */
public record FieldCommand(String code, String name, String agency) {
}
