package uk.police.spo.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The rules of a report that span several fields; see {@link ReportRules}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReportRules.class)
@interface ConsistentReport {

	String message() default "the report is not consistent";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
