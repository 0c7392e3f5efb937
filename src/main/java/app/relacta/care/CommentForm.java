package app.relacta.care;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.relacta.system.VisibleText.Visible;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A comment on a journal day, or on one of its sessions when {@code sessionId} is set.
 * {@code until} is the journal page it was written on, to go back to.
 */
public class CommentForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private @Nullable Long sessionId;

	@NotBlank
	@Visible
	@Size(max = 1000)
	private @Nullable String body;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate until;

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable Long getSessionId() {
		return this.sessionId;
	}

	public void setSessionId(@Nullable Long sessionId) {
		this.sessionId = sessionId;
	}

	public @Nullable String getBody() {
		return this.body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

	public @Nullable LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(@Nullable LocalDate until) {
		this.until = until;
	}

	/**
	 * The journal page the comment was written on, at the comment's day or session.
	 */
	public String pageUrl(String journalPath) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(journalPath);
		if (this.until != null) {
			url.queryParam("until", this.until);
		}
		return url.fragment((this.sessionId != null) ? "session-" + this.sessionId : "day-" + this.date).toUriString();
	}

	/**
	 * Whether this form was written on that day or session, to show it again there.
	 */
	public boolean isFor(LocalDate day, @Nullable Long session) {
		return day.equals(this.date) && Objects.equals(session, this.sessionId);
	}

}
