package nl.wegwijzer.scenarios;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Gegeven;

/**
 * Builds the intake from a table of facts, in the words policy staff use. An empty cell or
 * "onbekend" leaves the fact out (not known); "geen" is an empty list (none).
 */
public class IntakeSteps {
    /** Dutch fact name → request field path and kind. */
    private static final Map<String, String[]> FACTS = Map.ofEntries(
            Map.entry("referentie", new String[] {"reference", "text"}),
            Map.entry("gemeente", new String[] {"municipality", "text"}),
            Map.entry("leeftijd", new String[] {"age", "number"}),
            Map.entry("taalniveau", new String[] {"languageLevel", "text"}),
            Map.entry("opleidingsniveau", new String[] {"education.level", "text"}),
            Map.entry("vakgebied", new String[] {"education.field", "text"}),
            Map.entry("schooltype", new String[] {"education.schoolType", "text"}),
            Map.entry("vak", new String[] {"education.subject", "text"}),
            Map.entry("leservaring", new String[] {"education.teachingExperienceYears", "number"}),
            Map.entry("arbeidssituatie", new String[] {"work.status", "text"}),
            Map.entry("werkervaring", new String[] {"work.experienceYears", "number"}),
            Map.entry("uren per week", new String[] {"work.hoursAvailablePerWeek", "number"}),
            Map.entry("uitkering", new String[] {"benefits.type", "text"}),
            Map.entry("sollicitatieplicht", new String[] {"benefits.jobApplicationObligation", "yesno"}),
            Map.entry("partner", new String[] {"household.partner", "yesno"}),
            Map.entry("alleenstaande ouder", new String[] {"household.singleParent", "yesno"}),
            Map.entry("leeftijden kinderen", new String[] {"household.childrenAges", "numbers"}),
            Map.entry("kwetsbaarheden", new String[] {"vulnerabilities", "texts"}),
            Map.entry("inburgeringsplichtig", new String[] {"inburgering.obligated", "yesno"}),
            Map.entry("leerroute", new String[] {"inburgering.route", "text"}),
            Map.entry("afgeronde programma's", new String[] {"inburgering.completedProgrammes", "texts"}),
            Map.entry("prioriteiten", new String[] {"priorities", "texts"}));

    private final Exchange http;
    private final IntakeRequest intake;

    public IntakeSteps(Exchange http, IntakeRequest intake) {
        this.http = http;
        this.intake = intake;
    }

    @Gegeven("een nieuwkomer met:")
    public void eenNieuwkomerMet(DataTable facts) {
        ObjectNode request = intake.request();
        for (Map.Entry<String, String> fact : facts.asMap().entrySet()) {
            String[] target = FACTS.get(fact.getKey().strip().toLowerCase(Locale.ROOT));
            if (target == null) {
                throw new IllegalArgumentException("Onbekend gegeven '" + fact.getKey() + "'; bekend zijn: " + FACTS.keySet());
            }
            String value = fact.getValue() == null ? "" : fact.getValue().strip();
            if (value.isEmpty() || value.equalsIgnoreCase("onbekend")) {
                continue;
            }
            if (target[0].equals("reference") && value.equalsIgnoreCase("nieuw")) {
                value = intake.newReference();
            }
            put(request, target[0], target[1], value);
        }
    }

    @Als("de intakemedewerker om advies vraagt")
    public void omAdviesVraagt() {
        ask(Map.of());
    }

    @Als("de intakemedewerker om advies vraagt met correlatie-id {string}")
    public void omAdviesMetCorrelatie(String correlationId) {
        ask(Map.of("X-Correlation-ID", correlationId));
    }

    @Als("de intakemedewerker om advies in het Engels vraagt")
    public void omAdviesInHetEngelsVraagt() {
        ask(Map.of("Accept-Language", "en"));
    }

    private void ask(Map<String, String> headers) {
        http.send("POST", "/api/v1/assessments", "application/json",
                intake.request().toString().getBytes(StandardCharsets.UTF_8), headers);
        if (http.status() != 201) {
            throw new AssertionError("Advies niet gegeven: " + http.status() + " " + http.text());
        }
    }

    private static void put(ObjectNode request, String path, String kind, String value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = request;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String field = parts[parts.length - 1];
        switch (kind) {
            case "number" -> parent.put(field, Integer.parseInt(value));
            case "yesno" -> parent.put(field, switch (value.toLowerCase(Locale.ROOT)) {
                case "ja" -> true;
                case "nee" -> false;
                default -> throw new IllegalArgumentException("'" + value + "' is geen ja of nee");
            });
            case "numbers", "texts" -> {
                ArrayNode list = parent.putArray(field);
                if (!value.equalsIgnoreCase("geen")) {
                    Arrays.stream(value.split(",")).map(String::strip).forEach(v -> {
                        if (kind.equals("numbers")) {
                            list.add(Integer.parseInt(v));
                        } else {
                            list.add(v);
                        }
                    });
                }
            }
            default -> parent.put(field, value);
        }
    }
}
