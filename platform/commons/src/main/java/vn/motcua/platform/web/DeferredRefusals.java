package vn.motcua.platform.web;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.platform.problem.Problem;

/**
 * Values refused while a request body is read (text, dates), kept until the whole body is read so that the
 * problem lists them together with the other invalid fields, as Bean Validation does, instead of stopping at
 * the first. Active only around a request body read ({@link ValidatedBodies}); elsewhere a refusal throws.
 */
public final class DeferredRefusals {
    private static final ThreadLocal<List<Problem.FieldError>> CURRENT = new ThreadLocal<>();

    private DeferredRefusals() {
    }

    static void start() {
        CURRENT.set(new ArrayList<>());
    }

    static List<Problem.FieldError> finish() {
        List<Problem.FieldError> refused = CURRENT.get();
        CURRENT.remove();
        return refused == null ? List.of() : refused;
    }

    /** Records the refusal and answers {@code true} when a body read collects them; else {@code false}. */
    static boolean defer(String field, String reason) {
        List<Problem.FieldError> refused = CURRENT.get();
        if (refused == null) {
            return false;
        }
        refused.add(new Problem.FieldError(field, reason));
        return true;
    }
}
