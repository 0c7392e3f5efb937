package app.relacta.wellbeing;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Today's mood check-in as tapped: a word, and two choices.
 */
public class MoodForm {

	@NotNull
	private @Nullable Mood mood;

	private boolean harmThoughts;

	private boolean shared;

	public @Nullable Mood getMood() {
		return this.mood;
	}

	public void setMood(@Nullable Mood mood) {
		this.mood = mood;
	}

	public boolean isHarmThoughts() {
		return this.harmThoughts;
	}

	public void setHarmThoughts(boolean harmThoughts) {
		this.harmThoughts = harmThoughts;
	}

	public boolean isShared() {
		return this.shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

}
