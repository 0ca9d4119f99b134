/**
 * The facts the rule files in {@code rules/} reason over and produce. They are plain Java so that
 * the rules read like the policy brief; categorical facts are strings holding the API's codes, with
 * {@code UNKNOWN} for a fact the intake did not give and {@code YES}/{@code NO}/{@code UNKNOWN}
 * for yes-no facts, so that every decision table can name "not known" in a cell of its own.
 */
package nl.wegwijzer.rules.facts;
