package nl.wegwijzer.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the few sentences an intake officer reads aloud, from a decision; it decides nothing itself.
 * The words of policy come from elsewhere: pathway, subgroup, track and domain names from the rules,
 * fact names from the contract. What is here is only the frame of the sentences.
 */
final class Summary {
    private Summary() {
    }

    static Text of(Decision decision, FactNames facts) {
        return new Text(write(decision, facts, Language.NL), write(decision, facts, Language.EN));
    }

    private static String write(Decision decision, FactNames facts, Language lang) {
        boolean nl = lang == Language.NL;
        List<String> sentences = new ArrayList<>();
        MunicipalityMatch municipality = decision.municipality();
        if (!municipality.known()) {
            sentences.add(nl
                    ? "De gemeente '" + municipality.given() + "' staat niet in de programmatabel: lokale programma's zijn daar niet beschikbaar."
                    : "The municipality '" + municipality.given() + "' is not in the programme table: local programmes are not available there.");
        }
        List<PathwayOutcome> recommended = with(decision, PathwayStatus.RECOMMENDED);
        List<PathwayOutcome> eligible = with(decision, PathwayStatus.ELIGIBLE);
        List<PathwayOutcome> undetermined = with(decision, PathwayStatus.UNDETERMINED);
        if (!recommended.isEmpty()) {
            sentences.add((nl ? "Aanbevolen: " : "Recommended: ") + names(recommended, lang) + ".");
        }
        List<PathwayOutcome> waiting = eligible.stream().filter(PathwayOutcome::waitingList).toList();
        List<PathwayOutcome> possible = eligible.stream().filter(p -> !p.waitingList()).toList();
        if (!possible.isEmpty()) {
            sentences.add((nl ? "Ook mogelijk: " : "Also possible: ") + names(possible, lang) + ".");
        }
        if (!waiting.isEmpty()) {
            sentences.add((nl ? "Past, maar het cohort is vol, dus de wachtlijst: " : "Fits, but the cohort is full, so the waiting list: ")
                    + names(waiting, lang) + ".");
        }
        if (recommended.isEmpty() && eligible.isEmpty()) {
            sentences.add(nl ? "Op dit moment past geen van de trajecten." : "None of the pathways fits at the moment.");
        }
        if (!undetermined.isEmpty()) {
            Set<String> missing = new LinkedHashSet<>();
            undetermined.forEach(p -> missing.addAll(p.missingFacts()));
            sentences.add((nl ? "Nog niet te bepalen: " : "Not yet decided: ") + names(undetermined, lang)
                    + (nl ? "; vraag nog naar " : "; still ask about ")
                    + missing.stream().map(f -> facts.of(f).in(lang)).collect(Collectors.joining(", "))
                    + ".");
        }
        long lawObligations = decision.obligations().stream().filter(o -> o.law() != null).count();
        long programmeObligations = decision.obligations().size() - lawObligations;
        if (lawObligations > 0) {
            sentences.add(nl ? "Uit de wet gelden " + lawObligations + " verplichting(en), zoals inburgering of sollicitatieplicht, welk traject ook gekozen wordt."
                    : lawObligations + " obligation(s) apply by law, such as civic integration or the job-application obligation, whichever pathway is chosen.");
        }
        if (programmeObligations > 0) {
            sentences.add(nl ? "Bij de passende trajecten horen " + programmeObligations + " verplichting(en); zie de lijst."
                    : "The fitting pathways come with " + programmeObligations + " obligation(s); see the list.");
        }
        if (!decision.familyDomains().isEmpty()) {
            sentences.add((nl ? "Aandacht voor het gezin op: " : "Family attention on: ")
                    + decision.familyDomains().stream().map(d -> d.name().in(lang)).distinct()
                    .collect(Collectors.joining(", ")) + ".");
        }
        return String.join(" ", sentences);
    }

    private static List<PathwayOutcome> with(Decision decision, PathwayStatus status) {
        return decision.pathways().stream().filter(p -> p.status() == status).toList();
    }

    private static String names(List<PathwayOutcome> pathways, Language lang) {
        Function<PathwayOutcome, String> name = p -> p.name().in(lang)
                + (p.placementName() != null ? " (" + p.placementName().in(lang) + ")" : "");
        return pathways.stream().map(name).collect(Collectors.joining(", "));
    }
}
