package nl.wegwijzer.advice;

public enum PathwayStatus {
    RECOMMENDED, ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
}
