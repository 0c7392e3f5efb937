package app.relacta.care;

import java.util.List;

/**
 * A parent's sharing settings: who has access now, who had it, open invitations, and the
 * latest looks at their data.
 */
public record SharingPage(List<ShareView> active, List<ShareView> ended, List<InvitationView> invitations,
		List<AccessView> looks, List<ViewLinks.LinkView> links) {

}
