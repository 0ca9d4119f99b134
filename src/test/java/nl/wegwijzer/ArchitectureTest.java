package nl.wegwijzer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine stays behind its adapter; the domain stays plain Java. */
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
}
