package vn.motcua.catalog.rest;

import vn.motcua.catalog.service.FieldView;

public record FieldResponse(String code, String name, String agency) {
    static FieldResponse of(FieldView f) {
        return new FieldResponse(f.code(), f.name(), f.agency());
    }
}
