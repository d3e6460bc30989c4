package vn.motcua.catalog.service;

import vn.motcua.catalog.repository.Field;

/** A field as use cases return it. */
public record FieldView(String code, String name, String agency) {
    static FieldView of(Field f) {
        return new FieldView(f.code, f.name, f.agency.code);
    }
}
