package nl.wegwijzer.advice;

/** A Bloemmodel domain the household's facts call for: its code, its name, and the reasons. */
public record FamilyDomain(String domain, Text name, Text reason) {
}
