package app.relacta.care;

/**
 * Where an invitation stands. An invitation is used once: accepted, cancelled by the
 * parent, or declined by the consultant it was addressed to; or it expires.
 */
enum InvitationStatus {

	PENDING, ACCEPTED, CANCELLED, DECLINED

}
