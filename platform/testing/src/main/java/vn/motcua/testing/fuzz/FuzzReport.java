package vn.motcua.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run sent and what broke: a finding names the exact request and the answer. */
public final class FuzzReport {
    /** A request answered in a way no request should be. */
    public record Finding(String rule, FuzzRequest request, boolean withToken, RawHttp.Answer answer) {
        @Override
        public String toString() {
            String body = answer.text();
            return rule + (withToken ? "" : " (no token)") + "\n  request: " + request.describe()
                    + "\n  answer:  " + answer.status() + " " + answer.contentType() + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final String service;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int requests;
    private long millis;

    FuzzReport(String service) {
        this.service = service;
    }

    void count(int status) {
        requests++;
        statuses.merge(status, 1, Integer::sum);
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    void finish(long millis) {
        this.millis = millis;
    }

    public int requests() {
        return requests;
    }

    public Map<Integer, Integer> statuses() {
        return statuses;
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * Fails unless the run sent at least {@code minimum} requests and found nothing: no 5xx, no error that is not
     * problem+json, no row stored by a refused request. Prints the summary either way.
     */
    public void requireClean(int minimum) {
        System.out.println(summary());
        if (requests < minimum) {
            throw new AssertionError(service + ": only " + requests + " requests were sent, fewer than " + minimum);
        }
        if (!findings.isEmpty()) {
            throw new AssertionError(describe(findings));
        }
    }

    public String summary() {
        return service + ": " + requests + " requests in " + millis / 1000 + " s, answers by status " + statuses
                + ", " + findings.size() + " findings";
    }

    /** The report as a failure message: the summary, then each distinct finding (at most 25). */
    public String describe(List<Finding> shown) {
        Map<String, Finding> distinct = new java.util.LinkedHashMap<>();
        shown.forEach(f -> distinct.putIfAbsent(f.rule() + f.withToken() + f.request().method()
                + f.request().target() + f.answer().status() + java.util.Arrays.hashCode(f.request().body()), f));
        StringBuilder text = new StringBuilder(summary()).append(", ").append(distinct.size()).append(" distinct");
        distinct.values().stream().limit(25).forEach(f -> text.append("\n- ").append(f));
        if (distinct.size() > 25) {
            text.append("\n... and ").append(distinct.size() - 25).append(" more");
        }
        return text.toString();
    }
}
