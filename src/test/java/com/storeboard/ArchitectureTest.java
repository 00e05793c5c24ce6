package com.storeboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of DEVELOPERS.md, checked on the compiled production classes. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.storeboard");
    }

    @Test
    void views_and_components_never_touch_the_database_or_redis() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..", "redis.clients..",
                        "org.springframework.data.redis..", "org.quartz..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(production);
    }

    @Test
    void only_the_cache_feature_and_the_redis_setup_talk_to_redis() {
        noClasses().that().resideOutsideOfPackages("com.storeboard.cache..", "com.storeboard.config..")
                .should().dependOnClassesThat().resideInAnyPackage("redis.clients..", "org.springframework.data.redis..")
                .check(production);
    }

    @Test
    void the_diagnosis_engine_knows_nothing_of_cache_jobs_spring_or_ui() {
        noClasses().that().resideInAPackage("com.storeboard.diagnosis..")
                .should().dependOnClassesThat().resideInAnyPackage("com.storeboard.cache..", "com.storeboard.jobs..",
                        "org.springframework..", "com.vaadin..", "redis.clients..", "org.quartz..")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("com.storeboard.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void dependencies_are_injected_through_constructors_never_into_fields() {
        noFields().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .orShould().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
                .check(production);
    }

    @Test
    void there_is_no_static_mutable_state() {
        fields().that().areStatic().should().beFinal().check(production);
    }

    @Test
    void the_current_time_comes_from_an_injected_clock() {
        noClasses().should(callNowWithoutClock()).check(production);
    }

    @Test
    void configuration_properties_are_records_under_the_storeboard_prefix() {
        classes().that().areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
                .should().beRecords()
                .check(production);
    }

    private static ArchCondition<JavaClass> callNowWithoutClock() {
        return new ArchCondition<>("call now() without a Clock") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCall<?> call : javaClass.getMethodCallsFromSelf()) {
                    boolean timeType = call.getTargetOwner().getPackageName().equals("java.time");
                    boolean now = call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty();
                    boolean millis = call.getTargetOwner().isEquivalentTo(System.class)
                            && call.getName().equals("currentTimeMillis");
                    if ((timeType && now) || millis) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
