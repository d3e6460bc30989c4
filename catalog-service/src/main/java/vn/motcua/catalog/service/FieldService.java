package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.repository.Agency;
import vn.motcua.catalog.repository.Field;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Fields (lĩnh vực) of the caller's province and the agency that handles each. Moving a field to another agency
 * changes both agencies, so both are announced: a consumer keeping the old agency's snapshot must drop it.
 */
@ApplicationScoped
public class FieldService {
    @Inject
    TenantContext tenant;

    @Inject
    OrganisationEvents events;

    @Transactional
    public List<FieldView> list() {
        return Field.all().stream().map(FieldView::of).toList();
    }

    @Transactional
    public FieldView create(FieldCommand command) {
        tenant.require();
        OrganisationInput.fieldCode("code", command.code());
        OrganisationInput.name(command.name());
        OrganisationInput.platformCode("agency", command.agency());
        if (Field.byCode(command.code()).isPresent()) {
            throw OrganisationProblems.duplicate("field", "code", command.code());
        }
        Agency agency = handling(command.agency());
        Field field = new Field();
        field.id = UUID.randomUUID();
        field.code = command.code();
        field.name = command.name();
        field.agency = agency;
        field.persist();
        events.changed(agency);
        return FieldView.of(field);
    }

    /** A PUT: repeating it changes nothing and announces nothing. */
    @Transactional
    public FieldView update(String code, FieldChangeCommand command) {
        tenant.require();
        OrganisationInput.name(command.name());
        OrganisationInput.platformCode("agency", command.agency());
        Field field = Field.byCode(code).orElseThrow(() -> ProblemException.notFound("Field", code));
        Agency before = field.agency;
        if (command.name().equals(field.name) && command.agency().equals(before.code)) {
            return FieldView.of(field);
        }
        // lock the two agencies in code order, so two moves in opposite directions cannot deadlock
        boolean moves = !command.agency().equals(before.code);
        if (moves && before.code.compareTo(command.agency()) < 0) {
            Agency.byCodeForUpdate(before.code);
        }
        Agency after = handling(command.agency());
        if (moves) {
            Agency.byCodeForUpdate(before.code);
        }
        field.name = command.name();
        field.agency = after;
        events.changed(after);
        if (moves) {
            events.changed(before);
        }
        return FieldView.of(field);
    }

    private static Agency handling(String code) {
        return Agency.byCodeForUpdate(code).orElseThrow(() -> OrganisationProblems.unknownAgency("agency", code,
                "is not an agency of your province"));
    }
}
