package nl.wegwijzer.advice;

/** An obligation that comes with a pathway ({@code pathway} set) or from law ({@code law} set). */
public record Obligation(String code, String pathway, String law, Text description,
                         Double hoursPerWeek, Double durationMonths, String source) {
}
