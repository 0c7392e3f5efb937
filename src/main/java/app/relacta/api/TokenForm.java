package app.relacta.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a new token is called and what it may do: the form on Settings, and the body of
 * {@code POST /api/v1/tokens}.
 */
@Schema(name = "TokenRequest", description = "What to call the token and what it may do.")
record TokenForm(
		@Schema(description = "A name to recognise it by, up to 60 characters.",
				example = "Home dashboard") @Nullable String name,
		@Schema(description = "READ or READ_WRITE (for the API the default is READ_WRITE).",
				example = "READ") @Nullable ApiAccess access) {

	static TokenForm empty() {
		return new TokenForm(null, ApiAccess.READ);
	}

}
