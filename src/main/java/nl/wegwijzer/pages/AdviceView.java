package nl.wegwijzer.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wegwijzer.contract.generated.model.Advice;
import nl.wegwijzer.contract.generated.model.FamilyDomain;
import nl.wegwijzer.contract.generated.model.Obligation;
import nl.wegwijzer.contract.generated.model.PathwayAdvice;

/**
 * An advice as the pages show it: the API's advice, with its pathways in the order an officer reads
 * them (recommended, possible, not yet decided, not fitting), each condition and status in words
 * (never colour alone), missing facts as questions to ask next, obligations from law apart from the
 * programmes', and the household's family domains as a flower. It decides nothing: every word of
 * policy comes from the advice.
 */
public record AdviceView(Advice advice, List<Pathway> pathways, List<Duty> law, List<Duty> programmes, List<Petal> petals,
                         String state) {

    public record Pathway(PathwayAdvice pathway, String status, String statusClass, List<Finding> findings, List<String> questions) {
    }

    public record Finding(String state, String stateClass, String description, String source, List<URI> links) {
    }

    public record Duty(String description, String pathway, String hours, String months, String source, List<URI> links) {
    }

    /**
     * One domain of the Bloemmodel: flagged or not, with the reason, and where its petal is drawn; its
     * name stands beside the petal, away from the heart (anchor: start, middle or end).
     */
    public record Petal(String domain, String name, boolean flagged, String reason, double x, double y, double angle,
                        double labelX, double labelY, String anchor) {
    }

    static final List<String> STATUS_ORDER = List.of("RECOMMENDED", "ELIGIBLE", "UNDETERMINED", "NOT_ELIGIBLE");

    public List<Pathway> with(String status) {
        return pathways.stream().filter(p -> p.pathway().getStatus().getValue().equals(status)).toList();
    }

    /** The pathways of these codes by name, in the order given ("–" for none), for decisions. */
    public String names(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "–";
        }
        return String.join(", ", codes.stream().map(code -> pathways.stream().filter(p -> p.pathway().getCode().equals(code))
                .map(p -> p.pathway().getName()).findFirst().orElse(code)).toList());
    }

    public boolean anyFlagged() {
        return petals.stream().anyMatch(Petal::flagged);
    }

    public List<Petal> flagged() {
        return petals.stream().filter(Petal::flagged).toList();
    }

    /** Builds the view; {@code domains} are all the rule set's family domains, code to name, in order. */
    static AdviceView of(Advice advice, Map<String, String> domains, Labels labels, Map<String, String> factNames) {
        Map<String, String> names = new LinkedHashMap<>();
        advice.getPathways().forEach(p -> names.put(p.getCode(), p.getName()));
        List<Pathway> pathways = new ArrayList<>();
        for (PathwayAdvice p : advice.getPathways()) {
            String status = p.getStatus().getValue();
            List<Finding> findings = p.getConditions().stream().map(c -> new Finding(
                    labels.text("voorwaarde." + c.getState().getValue(), c.getState().getValue()),
                    "voorwaarde--" + c.getState().getValue().toLowerCase(java.util.Locale.ROOT), c.getDescription(), c.getSource(),
                    c.getSourceLinks() == null ? List.of() : c.getSourceLinks())).toList();
            List<String> questions = p.getMissingFacts().stream().map(f -> labels.text("vraag." + f,
                    labels.format("vraag.algemeen", factNames.getOrDefault(f, f)))).toList();
            pathways.add(new Pathway(p, labels.text("status." + status, status), "status--" + status.toLowerCase(java.util.Locale.ROOT),
                    findings, questions));
        }
        pathways.sort(Comparator.comparingInt(p -> STATUS_ORDER.indexOf(p.pathway().getStatus().getValue())));
        List<Duty> law = new ArrayList<>();
        List<Duty> programmes = new ArrayList<>();
        for (Obligation o : advice.getObligations()) {
            Duty duty = new Duty(o.getDescription(), o.getPathway() == null ? null : names.getOrDefault(o.getPathway(), o.getPathway()),
                    number(o.getHoursPerWeek()), number(o.getDurationMonths()), o.getSource(),
                    o.getSourceLinks() == null ? List.of() : o.getSourceLinks());
            (o.getLaw() != null ? law : programmes).add(duty);
        }
        return new AdviceView(advice, List.copyOf(pathways), List.copyOf(law), List.copyOf(programmes),
                petals(advice.getFamilyDomains(), domains), state(advice));
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static List<Petal> petals(List<FamilyDomain> flagged, Map<String, String> domains) {
        Map<String, String> reasons = new LinkedHashMap<>();
        flagged.forEach(f -> reasons.merge(f.getDomain().getValue(), f.getReason(), (a, b) -> a + " " + b));
        List<Petal> petals = new ArrayList<>();
        int n = Math.max(domains.size(), 1);
        int i = 0;
        for (Map.Entry<String, String> domain : domains.entrySet()) {
            double angle = 360.0 * i / n;
            double radians = Math.toRadians(angle);
            petals.add(new Petal(domain.getKey(), domain.getValue(), reasons.containsKey(domain.getKey()), reasons.get(domain.getKey()),
                    round(150 + 62 * Math.sin(radians)), round(150 - 62 * Math.cos(radians)), angle,
                    round(150 + 128 * Math.sin(radians)), round(154 - 128 * Math.cos(radians)),
                    Math.sin(radians) > 0.2 ? "start" : Math.sin(radians) < -0.2 ? "end" : "middle"));
            i++;
        }
        return List.copyOf(petals);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The advice in short: pathway statuses and obligations (with their texts), to say what a next what-if changed. */
    static String state(Advice advice) {
        com.fasterxml.jackson.databind.node.ObjectNode state = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        com.fasterxml.jackson.databind.node.ObjectNode pathways = state.putObject("p");
        advice.getPathways().forEach(p -> pathways.put(p.getCode(), p.getStatus().getValue()));
        com.fasterxml.jackson.databind.node.ObjectNode duties = state.putObject("o");
        advice.getObligations().forEach(o -> duties.put(WhatChanged.key(o), o.getDescription()));
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(state.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
