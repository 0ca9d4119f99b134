package nl.wegwijzer.matching;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A Samen Hier welcome group as its coordinator records it: no names, no addresses; the neighbourhood
 * as a 4-digit postcode area or coordinates, and where it lies ({@code position}, empty when unknown).
 */
public record WelcomeGroup(UUID id, String partnerOrganisation, String postcode, Position coordinates, Position position,
                           Set<String> vulnerabilities, Set<String> priorities, Map<String, String> weegschaal, int capacity,
                           boolean matched, Instant createdAt, Instant updatedAt) {
}
