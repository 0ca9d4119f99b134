package nl.wegwijzer.advice;

/** A text for people, in Dutch (the default) and English. */
public record Text(String nl, String en) {
    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }
}
