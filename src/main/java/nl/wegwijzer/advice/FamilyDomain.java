package nl.wegwijzer.advice;

/** A Bloemmodel domain the household's facts call for. */
public record FamilyDomain(String domain, Text reason) {
}
