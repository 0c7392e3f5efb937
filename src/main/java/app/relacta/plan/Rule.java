package app.relacta.plan;

/**
 * Every rule Relacta follows, as numbered in shared/GUIDANCE.md. The words (what the rule
 * says, its values and its source) are in messages.properties under {@code rule.<ID>.*},
 * so the plan page can show each one beside the advice it explains.
 */
public enum Rule {

	R1(Group.STIMULATION), R2(Group.STIMULATION), R3(Group.STIMULATION), R4(Group.STIMULATION), R5(Group.STIMULATION),
	R6(Group.STIMULATION), R7(Group.STIMULATION), R8(Group.STIMULATION), R9(Group.STIMULATION), R10(Group.STIMULATION),
	R15(Group.STIMULATION), R11(Group.BABY), R12(Group.BABY), R13(Group.BABY), R14(Group.BABY), E1(Group.EXPECT),
	E2(Group.EXPECT), E3(Group.EXPECT), E4(Group.EXPECT), E5(Group.EXPECT), E6(Group.EXPECT), E7(Group.EXPECT),
	E8(Group.EXPECT), E9(Group.EXPECT), F1(Group.RED_FLAG), F2(Group.RED_FLAG), F3(Group.RED_FLAG), F4(Group.RED_FLAG),
	F5(Group.RED_FLAG), M1(Group.MEDICINE), M2(Group.MEDICINE), M3(Group.MEDICINE), M4(Group.MEDICINE);

	/** The sections of the rule table. */
	public enum Group {

		STIMULATION, BABY, EXPECT, RED_FLAG, MEDICINE;

		/** The group's rules, in the table's order. */
		public java.util.List<Rule> rules() {
			return java.util.Arrays.stream(Rule.values()).filter((rule) -> rule.group == this).toList();
		}

	}

	private final Group group;

	Rule(Group group) {
		this.group = group;
	}

	public Group group() {
		return this.group;
	}

}
