package eu.twinninghub.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message to show next to each field of a form: from the page's own checks (in the reader's
 * language) or from the service's problem answer, whose violations name the field.
 */
public final class FormErrors {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Map<String, String> byField = new LinkedHashMap<>();
    private String general;

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general == null;
    }

    public boolean any() {
        return !isEmpty();
    }

    /** A refusal that names no field of the form (a conflict, a rule of the service). */
    public String general() {
        return general;
    }

    public void general(String message) {
        general = message;
    }

    public Map<String, String> fields() {
        return byField;
    }

    /**
     * Takes a service's refusal of what the form sent (400, 409, 422) as messages to show with the
     * form; any other answer (403, 404, 5xx) is not about the form and is thrown on.
     */
    public void addRefusal(DownstreamAnswer refused) {
        if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
            throw refused;
        }
        addProblem(refused.body());
    }

    /**
     * Adds the violations of a service's problem answer, each under the form field it is about:
     * {@code need.title.uk} and {@code supportModes[2]} are shown at {@code title} and {@code supportModes}.
     */
    public void addProblem(byte[] problemJson) {
        Problem problem;
        try {
            problem = JSON.readValue(problemJson, Problem.class);
        } catch (IOException e) {
            general(new String(problemJson, StandardCharsets.UTF_8));
            return;
        }
        if (problem.violations().isEmpty()) {
            general(problem.detail() != null ? problem.detail() : problem.title());
        }
        problem.violations().forEach(violation -> add(formField(violation.field()), violation.message()));
    }

    static String formField(String path) {
        String field = path.replaceFirst("^(need|offer)\\.", "");
        int end = field.length();
        for (char stop : new char[] {'.', '['}) {
            int at = field.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return field.substring(0, end);
    }
}
