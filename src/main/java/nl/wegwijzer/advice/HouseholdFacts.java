package nl.wegwijzer.advice;

import java.util.List;

/**
 * What is known about a household at intake: its adults, each with their own facts, and its children,
 * sharing the municipality and the family facts. The adults' intakes carry neither municipality nor
 * household: {@link #intakeOf(int)} adds what they share. No names, no BSNs.
 *
 * @param partner      whether two of the adults are partners (null: two or more adults count as partners)
 * @param singleParent whether the household is a single parent with children (null: one adult with children is)
 */
public record HouseholdFacts(String reference, String municipality, Boolean partner, Boolean singleParent,
                             List<IntakeFacts> adults, List<Child> children) {

    public HouseholdFacts {
        adults = List.copyOf(adults);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A child of the household: age in years and where it goes to school (null: not known). */
    public record Child(int age, String school) {
    }

    /** Adult {@code index}'s intake as the rules decide it: their own facts with the household's shared ones. */
    public IntakeFacts intakeOf(int index) {
        IntakeFacts adult = adults.get(index);
        IntakeFacts.Household household = new IntakeFacts.Household(
                partner != null ? partner : adults.size() >= 2,
                singleParent != null ? singleParent : adults.size() == 1 && !children.isEmpty(),
                children.stream().map(Child::age).toList());
        return new IntakeFacts(adult.reference(), municipality, adult.age(), adult.languageLevel(), adult.education(),
                adult.work(), adult.benefits(), household, adult.vulnerabilities(), adult.inburgering(), adult.priorities());
    }
}
