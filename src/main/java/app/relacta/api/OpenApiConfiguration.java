package app.relacta.api;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description (springdoc): at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}. Every route takes a bearer token except the one that makes
 * tokens, which takes the account's password.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "token";

	static final String BASIC = "password";

	/**
	 * Words for the fields of the records the API answers with as they are (the chart's
	 * daily figures and the baby's checks), which belong to other modules.
	 */
	static final Map<String, Map<String, String>> BORROWED = Map.of("DailyProgress",
			Map.of("date", "The parent's local day.", "day",
					"The plan's day number (1 is its start date; 0 or less before it).", "sessions",
					"Sessions that started that day.", "totalMl", "Milk measured that day, in mL (0 if none).",
					"dropsOnlySessions", "Sessions with drops seen but not measured.", "powerPumps",
					"Power-pumping sessions.", "longestGapMinutes",
					"The longest start-to-start gap ending that day, in minutes (0 with fewer than two sessions).",
					"nightSession", "Whether a session fell in the parent's night window.", "average7Ml",
					"The average daily milk of the last seven whole days, in mL: this day and the six before it, "
							+ "or for today (still under way) the seven days before it.",
					"complete", "False for today: its figures are so far, never a whole day's."),
			"BabyCheck",
			Map.of("date", "The day.", "wetDiapers", "Wet diapers that day, if noted.", "weightGrams",
					"The baby's weight in grams, if noted.", "supplementMl",
					"Supplement (formula or donor milk) given that day in mL, if noted."));

	@Bean
	OpenApiCustomizer borrowedDescriptions() {
		return (openApi) -> BORROWED.forEach((name, fields) -> {
			Schema<?> schema = openApi.getComponents().getSchemas().get(name);
			if (schema != null && schema.getProperties() != null) {
				fields.forEach((field, description) -> {
					Schema<?> property = schema.getProperties().get(field);
					if (property != null) {
						property.setDescription(description);
					}
				});
			}
		});
	}

	@Bean
	OpenApiCustomizer contract() {
		return new ApiContract();
	}

	@Bean
	OpenAPI relactaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Relacta API")
				.version("v1")
				.description("A parent's sessions, daily figures, today's plan and baby checks, and a consultant's "
						+ "clients. Volumes are in mL and weights in grams, whatever units the account shows; times "
						+ "are ISO 8601. Make a personal access token on Settings (or with POST /api/v1/tokens) "
						+ "and send it as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details, "
						+ "with an `errors` object keyed by field for bad input."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token (rlc_...)."))
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("The account's email and password.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
