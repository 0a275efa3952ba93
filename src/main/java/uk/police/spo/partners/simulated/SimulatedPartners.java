package uk.police.spo.partners.simulated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean that exists only while the partners are simulated: the embedded default profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "spo.partners.simulated", name = "enabled", havingValue = "true")
@interface SimulatedPartners {

}
