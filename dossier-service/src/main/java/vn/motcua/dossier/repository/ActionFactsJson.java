package vn.motcua.dossier.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.dossier.domain.DossierAction;

/**
 * The stored form of an action's facts: plain JSON, read back into the type its action fixes
 * ({@link ActionFacts#typeFor}), so the log's rows stay readable in SQL and carry no Java class names.
 */
final class ActionFactsJson {
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private ActionFactsJson() {
    }

    static String write(ActionFacts facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the facts " + facts, e);
        }
    }

    static ActionFacts read(DossierAction action, String json) {
        try {
            return JSON.readValue(json, ActionFacts.typeFor(action));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored facts of a " + action + " entry are unreadable: " + json, e);
        }
    }
}
