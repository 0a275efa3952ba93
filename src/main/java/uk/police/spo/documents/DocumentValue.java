package uk.police.spo.documents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A value a record derives by a legal rule (a deadline, the court); written to the XML beside its components. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface DocumentValue {
}
