package app.relacta.imports;

import java.util.List;

import app.relacta.baby.ImportedBabyDay;
import app.relacta.journal.ImportedSession;
import app.relacta.system.RowRefusal;

/**
 * What a file holds for Relacta: its kind, the sessions and baby days read from it, the
 * rows that could not be read (with why), and how many rows were of kinds Relacta does
 * not keep (sleep, baths...).
 */
record TrackerFile(TrackerFormat format, List<ImportedSession> sessions, List<ImportedBabyDay> babyDays,
		List<RowRefusal> unreadable, int otherKinds) {

}
