package uk.police.spo.system;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A number is not text and text is not a boolean: the APIs' JSON types are checked, not converted. */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noScalarCoercion() {
		return builder -> builder.postConfigurer(mapper -> {
			mapper.coercionConfigFor(LogicalType.Textual)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			mapper.coercionConfigFor(LogicalType.Boolean)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
		});
	}

}
