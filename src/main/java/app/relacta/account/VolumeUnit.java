package app.relacta.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.relacta.system.Decimals;
import org.jspecify.annotations.Nullable;

/**
 * The unit a parent types and reads volumes in. Volumes are always stored in millilitres.
 */
public enum VolumeUnit {

	ML(BigDecimal.ONE, 1, "mL"), OZ(new BigDecimal("29.5735"), 2, "oz");

	private static final int STORED_SCALE = 2;

	private final BigDecimal millilitres;

	private final int shownDecimals;

	private final String symbol;

	VolumeUnit(BigDecimal millilitres, int shownDecimals, String symbol) {
		this.millilitres = millilitres;
		this.shownDecimals = shownDecimals;
		this.symbol = symbol;
	}

	/**
	 * The unit's symbol, the same in every language: {@code mL} or {@code oz}.
	 */
	public String symbol() {
		return this.symbol;
	}

	/**
	 * How many millilitres one of this unit holds.
	 */
	public BigDecimal millilitresPerUnit() {
		return this.millilitres;
	}

	/**
	 * Converts a volume typed in this unit to millilitres, as stored.
	 */
	public BigDecimal toMillilitres(BigDecimal amount) {
		return amount.multiply(this.millilitres).setScale(STORED_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Converts stored millilitres to this unit, rounded for display and editing (mL to
	 * one decimal, oz to two), without trailing zeros.
	 */
	public BigDecimal fromMillilitres(BigDecimal millilitres) {
		BigDecimal value = millilitres.divide(this.millilitres, this.shownDecimals, RoundingMode.HALF_UP);
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * {@link #toMillilitres} for a volume that may not have been typed.
	 */
	public @Nullable BigDecimal toMillilitresOrNull(@Nullable BigDecimal amount) {
		return (amount != null) ? toMillilitres(amount) : null;
	}

	/**
	 * {@link #fromMillilitres} for a volume that may not have been measured.
	 */
	public @Nullable BigDecimal fromMillilitresOrNull(@Nullable BigDecimal millilitres) {
		return (millilitres != null) ? fromMillilitres(millilitres) : null;
	}

	/**
	 * {@link #format} for a volume that may not have been measured.
	 */
	public @Nullable String formatOrNull(@Nullable BigDecimal millilitres) {
		return (millilitres != null) ? format(millilitres) : null;
	}

	/**
	 * The volume in this unit as plain text, such as {@code 12.5} ({@code 12,5} in
	 * Spanish).
	 */
	public String format(BigDecimal millilitres) {
		return Decimals.plain(fromMillilitres(millilitres));
	}

}
