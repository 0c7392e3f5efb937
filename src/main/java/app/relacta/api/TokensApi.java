package app.relacta.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.relacta.account.SignedInUser;
import app.relacta.system.PublicLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a script trades the account's email and password (HTTP Basic) for a token, so
 * that it never has to keep the password.
 */
@RestController
@Tag(name = "Tokens", description = "Personal access tokens. Also made, listed and revoked on Settings.")
class TokensApi {

	private final ApiTokens tokens;

	private final PublicLinks links;

	TokensApi(ApiTokens tokens, PublicLinks links) {
		this.tokens = tokens;
		this.links = links;
	}

	@PostMapping(ApiSecurityConfiguration.TOKENS)
	@Operation(operationId = "createToken", summary = "Make a token with the account's password",
			description = "HTTP Basic with the account's email and password; throttled like the login form. The "
					+ "body is optional: without it the token is read-write and named \"Script\" with today's date. "
					+ "The secret is in this answer only; Settings lists the token and can revoke it.",
			security = @SecurityRequirement(name = OpenApiConfiguration.BASIC))
	@ApiResponse(responseCode = "201",
			description = "Made. `Location` is where Settings lists the token (to see when it was last used, "
					+ "or revoke it).")
	@ApiResponse(responseCode = "401", description = "The email or password is not right.")
	@ApiResponse(responseCode = "429", description = "Too many tries; wait a few minutes.")
	ResponseEntity<Created> create(@AuthenticationPrincipal SignedInUser user,
			@RequestBody(required = false) @Nullable TokenForm body) {
		String name = (body != null && body.name() != null) ? body.name() : "Script " + LocalDate.now(ZoneOffset.UTC);
		ApiAccess access = (body != null && body.access() != null) ? body.access() : ApiAccess.READ_WRITE;
		ApiTokens.NewToken made = this.tokens.create(user.accountId(), name, access);
		URI listed = URI.create(this.links.link("/settings/tokens#token-" + made.id()));
		return ResponseEntity.created(listed).body(new Created(made.token(), made.id(), made.name(), made.access()));
	}

	@Schema(name = "Token", description = "A token just made. Keep the secret: it is not shown again.")
	record Created(
			@Schema(description = "The secret, for `Authorization: Bearer ...`.", example = "rlc_3q2s...") String token,
			@Schema(description = "Its id on Settings.", example = "4") long id,
			@Schema(description = "Its name.", example = "Home dashboard") String name,
			@Schema(description = "What it may do.", example = "READ") ApiAccess access) {

	}

}
