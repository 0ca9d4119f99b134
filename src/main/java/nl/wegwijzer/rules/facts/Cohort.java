package nl.wegwijzer.rules.facts;

/** A programme's cohort: its capacity and how many places are taken. */
public record Cohort(String pathway, int capacity, int taken, String source) {
    public String getPathway() { return pathway; }
    public int getCapacity() { return capacity; }
    public int getTaken() { return taken; }
    public boolean isFull() { return taken >= capacity; }
}
