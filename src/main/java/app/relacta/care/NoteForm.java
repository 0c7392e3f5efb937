package app.relacta.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.relacta.system.VisibleText.Visible;
import org.jspecify.annotations.Nullable;

/**
 * A note a consultant writes for a client.
 */
public class NoteForm {

	@NotBlank
	@Visible
	@Size(max = 2000)
	private @Nullable String body;

	public @Nullable String getBody() {
		return this.body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

}
