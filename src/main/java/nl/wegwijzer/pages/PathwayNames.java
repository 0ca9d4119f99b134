package nl.wegwijzer.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wegwijzer.contract.generated.model.PathwayInfo;

/** Pathways named as people read them (the catalogue's names), where the API gives their codes. */
public final class PathwayNames {
    private final Map<String, String> names = new HashMap<>();

    PathwayNames(List<PathwayInfo> catalogue) {
        catalogue.forEach(p -> names.put(p.getCode(), p.getName()));
    }

    /** The pathways' names in the given order, separated by semicolons (names hold commas); an unknown code as it is. */
    public String join(List<String> codes) {
        return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("; "));
    }
}
