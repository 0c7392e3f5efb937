package app.relacta.plan;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The day's checklist (R1, R2, R5, R6, R7, R8, R9, R11): what a day of the plan asks for,
 * each item ticked from what was logged. Pure Java.
 */
final class ChecklistRules {

	static List<ChecklistItem> checklist(PlanSettings settings, List<SessionFact> today, int target, ZoneId zone,
			List<LocalTime> powerPumpSlots, MomentCounts moments) {
		List<ChecklistItem> items = new ArrayList<>();
		items.add(new ChecklistItem(Advice.of(Rule.R1, "plan.item.sessions", today.size(), target),
				(today.size() >= target) ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		boolean prolactin = today.stream()
			.anyMatch((s) -> ScheduleRules.inProlactinHours(ScheduleRules.localTime(s.start(), zone)));
		items.add(new ChecklistItem(Advice.of(Rule.R5, "plan.item.night"),
				prolactin ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		if (!powerPumpSlots.isEmpty()) {
			long powerPumped = today.stream().filter(SessionFact::powerPump).count();
			String times = String.join(", ", powerPumpSlots.stream().map(LocalTime::toString).toList());
			items.add(new ChecklistItem(
					Advice.of(Rule.R6, "plan.item.powerPump", powerPumped, powerPumpSlots.size(), times),
					(powerPumped >= powerPumpSlots.size()) ? ChecklistItem.Status.DONE : ChecklistItem.Status.OPEN));
		}
		long massaged = today.stream().filter(SessionFact::massage).count();
		long expressed = today.stream().filter(SessionFact::handExpression).count();
		items.add(new ChecklistItem(Advice.of(Rule.R7, "plan.item.hands", massaged, expressed, today.size()),
				(!today.isEmpty() && massaged + expressed > 0) ? ChecklistItem.Status.DONE
						: ChecklistItem.Status.ANYTIME));
		items.add(new ChecklistItem(Advice.of(Rule.R2, "plan.item.length"), ChecklistItem.Status.ANYTIME));
		items.add(new ChecklistItem(Advice.of(Rule.R8, "plan.item.skin", moments.skinToSkin()),
				(moments.skinToSkin() > 0) ? ChecklistItem.Status.DONE : ChecklistItem.Status.ANYTIME));
		if (settings.babyLatches()) {
			items.add(new ChecklistItem(Advice.of(Rule.R8, "plan.item.comfort"), ChecklistItem.Status.ANYTIME));
			if (settings.givesSupplement()) {
				items.add(new ChecklistItem(Advice.of(Rule.R9, "plan.item.sns", moments.atBreast()),
						(moments.atBreast() > 0) ? ChecklistItem.Status.DONE : ChecklistItem.Status.ANYTIME));
			}
		}
		if (settings.givesSupplement()) {
			items.add(new ChecklistItem(Advice.of(Rule.R11, "plan.item.fed"), ChecklistItem.Status.ANYTIME));
		}
		return List.copyOf(items);
	}

	private ChecklistRules() {
	}

}
