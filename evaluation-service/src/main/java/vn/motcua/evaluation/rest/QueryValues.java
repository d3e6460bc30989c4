package vn.motcua.evaluation.rest;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.service.EvaluationAccess;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.web.TextRules;

/**
 * The evaluation reads' parameters, checked before any use case runs: each refusal a 422 naming the parameter
 * (ambiguous input is refused, never guessed).
 */
final class QueryValues {
    /** Longer than any user name, agency or unit code. */
    static final int MAX_SUBJECT = 120;

    private QueryValues() {
    }

    static SubjectKind kind(String kind) {
        return Arrays.stream(SubjectKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> EvaluationAccess.refused("kind", "must be one of OFFICER, UNIT, AGENCY, PROVINCE"));
    }

    static Optional<ProvinceCode> province(String province) {
        if (province == null) {
            return Optional.empty();
        }
        if (!ProvinceCode.isValid(province)) {
            throw EvaluationAccess.refused("province", "must be a two-digit province code, e.g. 20");
        }
        return Optional.of(new ProvinceCode(province));
    }

    static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw EvaluationAccess.refused("subject", "names whose scorecard: a user name, AGENCY/UNIT, an agency"
                    + " or a province code");
        }
        String text;
        try {
            text = TextRules.accept(subject);
        } catch (TextRules.Refused e) {
            throw EvaluationAccess.refused("subject", e.getMessage());
        }
        if (text.length() > MAX_SUBJECT || !text.equals(text.strip()) || text.contains("\n") || text.contains("\t")) {
            throw EvaluationAccess.refused("subject", "must be one line of at most " + MAX_SUBJECT
                    + " characters without surrounding spaces");
        }
        return text;
    }
}
