package nl.wegwijzer.advice;

public enum ConditionState {
    MET, UNMET, UNKNOWN
}
