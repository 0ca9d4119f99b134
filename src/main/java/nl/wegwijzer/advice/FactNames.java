package nl.wegwijzer.advice;

/**
 * The names of intake facts for people, by dotted path ({@code education.level} → opleidingsniveau).
 * The contract holds them; the summary asks for a missing fact by its name.
 */
@FunctionalInterface
public interface FactNames {
    Text of(String path);
}
