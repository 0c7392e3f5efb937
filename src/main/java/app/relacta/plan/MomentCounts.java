package app.relacta.plan;

/**
 * How many moments of closeness a day holds: skin-to-skin time (R8) and feeds of
 * supplement at the breast (R9).
 */
public record MomentCounts(long skinToSkin, long atBreast) {

	public static final MomentCounts NONE = new MomentCounts(0, 0);

}
