package nl.wegwijzer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The flow shows in the packages: request (api) → facts and rules (rules) → advice (advice) →
 * response (contract), with the rule lifecycle (ruleset) and the rule scenarios (scenarios) beside
 * it. Dependencies run one way; the engine stays behind its adapter; the domain stays plain Java.
 */
@AnalyzeClasses(packages = "nl.wegwijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheRulesPackageTouchesDrools = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijzer.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule theDomainKnowsNoFrameworks = noClasses()
            .that().resideInAPackage("nl.wegwijzer.advice..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.kie..", "org.drools..",
                    "nl.wegwijzer.api..", "nl.wegwijzer.rules..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("nl.wegwijzer.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Start").definedBy("nl.wegwijzer", "nl.wegwijzer.config..")
            .layer("Pages").definedBy("nl.wegwijzer.pages..")
            .layer("Api").definedBy("nl.wegwijzer.api..", "nl.wegwijzer.web..", "nl.wegwijzer.access..")
            .layer("Batch").definedBy("nl.wegwijzer.batch..")
            .layer("Lifecycle").definedBy("nl.wegwijzer.ruleset..")
            .layer("Scenarios").definedBy("nl.wegwijzer.scenarios..")
            .layer("Audit").definedBy("nl.wegwijzer.audit..")
            .layer("Matching").definedBy("nl.wegwijzer.matching..")
            .layer("Contract").definedBy("nl.wegwijzer.contract..")
            .layer("Rules").definedBy("nl.wegwijzer.rules..")
            .layer("Advice").definedBy("nl.wegwijzer.advice..")
            .whereLayer("Start").mayNotBeAccessedByAnyLayer()
            .whereLayer("Pages").mayOnlyBeAccessedByLayers("Start")
            .whereLayer("Api").mayOnlyBeAccessedByLayers("Pages", "Start")
            .whereLayer("Batch").mayOnlyBeAccessedByLayers("Api", "Start")
            .whereLayer("Lifecycle").mayOnlyBeAccessedByLayers("Pages", "Api", "Start")
            .whereLayer("Scenarios").mayOnlyBeAccessedByLayers("Lifecycle", "Api", "Start")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Lifecycle", "Api", "Start")
            .whereLayer("Matching").mayOnlyBeAccessedByLayers("Contract", "Scenarios", "Api", "Start")
            .whereLayer("Contract").mayOnlyBeAccessedByLayers("Scenarios", "Lifecycle", "Pages", "Api", "Start")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Contract", "Scenarios", "Lifecycle", "Audit", "Matching", "Pages", "Api",
                    "Start")
            .whereLayer("Advice").mayOnlyBeAccessedByLayers("Rules", "Contract", "Scenarios", "Lifecycle", "Audit", "Matching", "Batch",
                    "Api", "Start");
}
