package app.relacta.reminders;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The reminders form: the browser's subscription (filled in by the page's script after
 * the browser allowed notifications), the device's name and its quiet hours. A JavaBean:
 * times that cannot be read are kept as typed and shown beside their field.
 */
public class DeviceForm {

	private @Nullable String endpoint;

	private @Nullable String browserKey;

	private @Nullable String authSecret;

	private @Nullable String label;

	@DateTimeFormat(pattern = "H:mm")
	private @Nullable LocalTime quietFrom;

	@DateTimeFormat(pattern = "H:mm")
	private @Nullable LocalTime quietUntil;

	PushDevices.Subscription subscription() {
		return new PushDevices.Subscription(this.endpoint, this.browserKey, this.authSecret, this.label, this.quietFrom,
				this.quietUntil);
	}

	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable String endpoint) {
		this.endpoint = endpoint;
	}

	public @Nullable String getBrowserKey() {
		return this.browserKey;
	}

	public void setBrowserKey(@Nullable String browserKey) {
		this.browserKey = browserKey;
	}

	public @Nullable String getAuthSecret() {
		return this.authSecret;
	}

	public void setAuthSecret(@Nullable String authSecret) {
		this.authSecret = authSecret;
	}

	public @Nullable String getLabel() {
		return this.label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public @Nullable LocalTime getQuietFrom() {
		return this.quietFrom;
	}

	public void setQuietFrom(@Nullable LocalTime quietFrom) {
		this.quietFrom = quietFrom;
	}

	public @Nullable LocalTime getQuietUntil() {
		return this.quietUntil;
	}

	public void setQuietUntil(@Nullable LocalTime quietUntil) {
		this.quietUntil = quietUntil;
	}

}
