package app.relacta.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import app.relacta.account.AccountService;
import app.relacta.system.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's notes (advice) to a parent: shown on the parent's Today page until the
 * parent dismisses them.
 */
@Service
public class NoteService {

	/** How many of their own notes a consultant sees on a client's page. */
	static final int NOTES_SHOWN = 20;

	private final ConsultantNoteRepository notes;

	private final CareService care;

	private final AccountService accounts;

	private final Clock clock;

	NoteService(ConsultantNoteRepository notes, CareService care, AccountService accounts, Clock clock) {
		this.notes = notes;
		this.care = care;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Leaves a note for a client; 404 when the parent does not share with this
	 * consultant.
	 */
	@Transactional
	public void leave(long consultantId, long parentId, String body) {
		this.care.requireClient(consultantId, parentId);
		this.notes.save(new ConsultantNote(parentId, consultantId, body.strip(), this.clock.instant()));
	}

	/**
	 * The notes a parent has not dismissed, newest first, in their local time.
	 */
	@Transactional(readOnly = true)
	public List<NoteView> openNotes(long parentId) {
		List<NoteView.Row> open = this.notes.openNotes(parentId);
		if (open.isEmpty()) {
			return List.of();
		}
		ZoneId zone = this.accounts.get(parentId).getZone();
		return open.stream().map((row) -> row.in(zone)).toList();
	}

	/**
	 * Every note left for a parent on the local days from {@code from} to {@code to},
	 * oldest first, in their local time: for their progress report.
	 */
	@Transactional(readOnly = true)
	public List<NoteView> notesBetween(long parentId, LocalDate from, LocalDate to) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return this.notes
			.notesBetween(parentId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
			.stream()
			.map((row) -> row.in(zone))
			.toList();
	}

	/**
	 * The notes this consultant left for a client, newest first, in the client's local
	 * time.
	 */
	@Transactional(readOnly = true)
	public List<NoteView> notesBy(long consultantId, long parentId) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		return this.notes.notesBy(consultantId, parentId, Limit.of(NOTES_SHOWN))
			.stream()
			.map((row) -> row.in(zone))
			.toList();
	}

	@Transactional
	public void dismiss(long parentId, long noteId) {
		this.notes.findByIdAndParentId(noteId, parentId)
			.orElseThrow(NotFoundException::new)
			.dismiss(this.clock.instant());
	}

}
