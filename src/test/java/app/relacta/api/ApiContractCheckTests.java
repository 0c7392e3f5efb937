package app.relacta.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that runs on every answer of the API tests finds what the description does
 * not allow: a planted undocumented status, a media type, a field of the wrong type or a
 * missing one, an operation no one described.
 */
class ApiContractCheckTests {

	private static final String DOCS = """
			{"openapi": "3.1.0", "paths": {
			  "/api/v1/things/{id}": {"get": {"responses": {
			    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			    "404": {"content": {"application/problem+json": {"schema": {"type": "object",
			      "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}}}},
			  "/api/v1/things/mine": {"get": {"responses": {"204": {"description": "none"}}}}},
			 "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "name"],
			   "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
			     "note": {"type": ["string", "null"]}}}}}}""";

	private final ApiContractCheck check = new ApiContractCheck(DOCS);

	@Test
	void anAnswerTheDescriptionAllowsPasses() {
		assertThat(this.check.violations("GET", "/api/v1/things/4?x=1", 200, "application/json",
				"{\"id\": 4, \"name\": \"a\", \"note\": null}"))
			.isEmpty();
		assertThat(this.check.violations("GET", "/api/v1/things/9", 404, "application/problem+json;charset=UTF-8",
				"{\"status\": 404}"))
			.isEmpty();
		assertThat(this.check.violations("GET", "/api/v1/things/mine", 204, null, "")).as("literal before variable")
			.isEmpty();
		assertThat(this.check.violations("GET", "/api/v1/nowhere", 404, "application/problem+json", "{}")).isEmpty();
	}

	@Test
	void aPlantedUndocumentedStatusFails() {
		assertThat(this.check.violations("GET", "/api/v1/things/4", 418, "application/json", "{}")).singleElement()
			.asString()
			.contains("status not documented");
	}

	@Test
	void aWrongMediaTypeAWrongFieldAMissingOneAndAnUndescribedOperationFail() {
		assertThat(this.check.violations("GET", "/api/v1/things/4", 200, "*/*", "{}")).singleElement()
			.asString()
			.contains("media type");
		assertThat(this.check.violations("GET", "/api/v1/things/4", 200, "application/json",
				"{\"id\": \"four\", \"name\": \"a\"}"))
			.isNotEmpty();
		assertThat(this.check.violations("GET", "/api/v1/things/4", 200, "application/json", "{\"id\": 4}"))
			.isNotEmpty();
		assertThat(this.check.violations("POST", "/api/v1/things/4", 201, "application/json", "{}")).singleElement()
			.asString()
			.contains("no operation describes it");
	}

}
