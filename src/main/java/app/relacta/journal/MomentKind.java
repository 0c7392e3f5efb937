package app.relacta.journal;

/**
 * What a parent can log in a tap besides a session: skin-to-skin time (R8) and a feed of
 * supplement at the breast with a nursing system or a syringe (R9). Neither carries a
 * volume.
 */
public enum MomentKind {

	SKIN_TO_SKIN, AT_BREAST

}
