package app.relacta.system;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as strictly as the forms ({@link Numbers}): a number over
 * {@value Numbers#MAX_LENGTH} characters is refused before it is converted, a decimal
 * beyond the bounds (such as {@code 1e100000000}) is refused before any arithmetic, a
 * fraction is never cut to a whole number ({@code 20.9} minutes is refused, not 20), a
 * number is never an enum ({@code "method": 1}) nor a string a number, and text never
 * carries a NUL (PostgreSQL refuses it; H2 would keep it). Each refusal names its field,
 * as the API's problems do for any value of the wrong type.
 */
@Configuration(proxyBeanMethods = false)
class JsonReading {

	/** No document the API reads is nested deeper than a few levels. */
	static final int MAX_NESTING = 32;

	/** The longest string read (an import travels as a CSV body, not JSON). */
	static final int MAX_STRING_LENGTH = 100_000;

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonReading() {
		return (factory) -> factory.streamReadConstraints(StreamReadConstraints.builder()
			.maxNumberLength(Numbers.MAX_LENGTH)
			.maxNestingDepth(MAX_NESTING)
			.maxStringLength(MAX_STRING_LENGTH)
			.build());
	}

	@Bean
	JsonMapperBuilderCustomizer exactJsonTypes() {
		SimpleModule strict = new SimpleModule("relacta-strict-values");
		strict.addDeserializer(BigDecimal.class, new BoundedDecimal());
		strict.addDeserializer(String.class, new TextWithoutNul());
		return (mapper) -> mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.addModule(strict);
	}

	/**
	 * A JSON number within {@link Numbers#bounded}; a string or anything else is refused.
	 */
	static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

		BoundedDecimal() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
				return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
			}
			BigDecimal value = parser.getDecimalValue();
			if (!Numbers.bounded(value)) {
				return context.reportInputMismatch(this, "A number out of range");
			}
			return value;
		}

	}

	/** Any string, except one that holds a NUL character. */
	static final class TextWithoutNul extends StdScalarDeserializer<String> {

		TextWithoutNul() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				return context.reportInputMismatch(this, "Text with a NUL character");
			}
			return text;
		}

	}

}
